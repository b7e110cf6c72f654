import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'
import { defaultLocale, locales, localeCodes, problem, type Locale, type VFileMessage } from '@careers/career-path'
import { z } from 'zod'
import type { SiteSettings } from '../site.js'

const url = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
const text = z.string({ error: 'must be text' }).trim().min(1, 'must not be empty')

const siteSettingsSchema = z.object({
  siteName: text,
  baseUrl: url.transform((u) => u.replace(/\/+$/, '')),
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like en or en-GB')
    .default('en'),
  feed: z.object({ title: text, description: text }),
  callToAction: z.object({ label: text, url }),
  handoutFooter: z.string().default(''),
  /** The texts of each other locale: nothing a reader sees falls back to another language. */
  locales: z
    .partialRecord(
      z.enum(localeCodes.filter((l) => l !== defaultLocale) as [Locale, ...Locale[]], { error: `must be a locale other than ${defaultLocale}: ${localeCodes.filter((l) => l !== defaultLocale).join(', ')}` }),
      z.object({
        siteName: text.optional(),
        feed: z.object({ title: text, description: text }),
        callToAction: z.object({ label: text, url: url.optional() }),
        handoutFooter: z.string().default(''),
      }),
    )
    .optional(),
}) satisfies z.ZodType<SiteSettings> // the file's shape is the one SiteSettings the code knows, and each locale's texts of it

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
    const { locales: texts = {}, ...settings } = result.data
    const localized: Partial<Record<Locale, SiteSettings>> = {}
    for (const [locale, own] of Object.entries(texts) as [Locale, NonNullable<(typeof texts)[Locale]>][]) {
      localized[locale] = {
        ...settings,
        siteName: own.siteName ?? settings.siteName,
        feed: own.feed,
        callToAction: { label: own.callToAction.label, url: own.callToAction.url ?? settings.callToAction.url },
        handoutFooter: own.handoutFooter,
        language: locales[locale].code,
        locale,
      }
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
