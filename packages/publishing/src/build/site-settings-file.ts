import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { defaultLocale, locales, localeCodes, problem, type Locale, type VFileMessage } from '@careers/career-path'
import { z } from 'zod'
import { languageTagPattern, type SettingDefinition, type SettingLeaf, settingLeaves, settingsFrom, settingsInLocale, type SiteSettings, textAt } from '../contract/site-settings.js'

const url = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty')

/** What each kind of setting must be in the file. */
const kinds: Record<SettingDefinition['kind'], z.ZodType<string>> = {
  text,
  url,
  'base-url': url.transform((u) => u.replace(/\/+$/, '')),
  language: z.string().regex(languageTagPattern, 'must be a language tag like en or en-GB'),
  note: z.string(),
}

/** A setting in the file: required unless the definition gives it a default. */
function settingSchema(setting: SettingDefinition): z.ZodType<string | undefined> {
  const kind = kinds[setting.kind]
  return setting.default === undefined ? kind : kind.default(setting.default)
}

/** The settings the definition lists, grouped as in `SiteSettings`; `pick` chooses each one's schema, or leaves it out. */
function groupedSchema(pick: (leaf: SettingLeaf) => z.ZodType<string | undefined> | undefined): Record<string, z.ZodType> {
  const groups: Record<string, Record<string, z.ZodType>> = {}
  const shape: Record<string, z.ZodType> = {}
  for (const leaf of settingLeaves) {
    const schema = pick(leaf)
    if (!schema) continue
    const [top, inner] = leaf.path
    if (inner === undefined) shape[top] = schema
    else groups[top] = { ...groups[top], [inner]: schema }
  }
  for (const [top, fields] of Object.entries(groups)) shape[top] = z.object(fields)
  return shape
}

const otherLocales = localeCodes.filter((l) => l !== defaultLocale)

/**
 * The file: every setting of the definition, and `locales:` with each other
 * locale's texts (its localized settings, required as at the top, and those
 * the file lets a locale vary, optional): nothing a reader sees falls back to another language.
 */
const siteSettingsSchema = z.object({
  ...groupedSchema(({ setting }) => settingSchema(setting)),
  locales: z
    .partialRecord(
      z.enum(otherLocales as [Locale, ...Locale[]], { error: `must be a locale other than ${defaultLocale}: ${otherLocales.join(', ')}` }),
      z.object(groupedSchema(({ setting }) => (setting.localized ? settingSchema(setting) : setting.fileVariesByLocale ? kinds[setting.kind].optional() : undefined))),
    )
    .optional(),
})

export const siteSettingsFileName = 'site.yml'

export type SiteSettingsResult =
  | {
      settings: SiteSettings
      issues: []
      /** The settings as each other locale's outputs have them (`locales:` in site.yml), its `locale` and `language` set. */
      localized: Partial<Record<Locale, SiteSettings>>
    }
  | { settings: undefined; issues: VFileMessage[] }

/**
 * Reads `<contentDir>/site.yml`; `baseUrl` (from `--base-url`) overrides the
 * file's. Every problem names the file, the line and the key.
 */
export async function loadSiteSettings(contentDir: string, baseUrl?: string): Promise<SiteSettingsResult> {
  const file = join(contentDir, siteSettingsFileName)
  let source: string
  try {
    source = await readFile(file, 'utf8')
  } catch {
    return { settings: undefined, issues: [problem(`cannot read the site settings (${siteSettingsFileName} with siteName, baseUrl, feed, callToAction, handoutFooter)`, { rule: 'unreadable', file, line: 1 })] }
  }
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter })
  if (doc.errors.length) {
    return {
      settings: undefined,
      issues: doc.errors.map((e) => problem(e.message.split('\n')[0]!, { rule: 'settings-syntax', file, line: lineCounter.linePos(e.pos[0]).line })),
    }
  }
  const data = doc.toJSON() ?? {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { settings: undefined, issues: [problem(`${siteSettingsFileName} must be a mapping of settings (siteName: …, baseUrl: …)`, { rule: 'settings-shape', file, line: 1 })] }
  }
  if (baseUrl !== undefined) data.baseUrl = baseUrl
  const result = siteSettingsSchema.safeParse(data)
  if (result.success) {
    // Checked by the schema: every setting is there, as text.
    const settings: SiteSettings = settingsFrom((leaf) => textAt(result.data, leaf.path) ?? '')
    const localized: Partial<Record<Locale, SiteSettings>> = {}
    for (const [locale, own] of Object.entries(result.data.locales ?? {}) as [Locale, unknown][]) {
      localized[locale] = { ...settingsInLocale(settings, (leaf) => textAt(own, leaf.path)), language: locales[locale].code, locale }
    }
    return { settings, issues: [], localized }
  }
  return {
    settings: undefined,
    issues: result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number] } | undefined
      const fromFlag = issue.path[0] === 'baseUrl' && baseUrl !== undefined
      return problem(`${issue.path.join('.') || '(settings)'}: ${issue.message}`, {
        rule: 'settings-value',
        file: fromFlag ? '--base-url' : file,
        line: node?.range ? lineCounter.linePos(node.range[0]).line : 1,
      })
    }),
  }
}
