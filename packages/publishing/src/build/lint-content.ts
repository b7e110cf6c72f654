import { byFileAndLine, defaultLocale, problem, type VFileMessage } from '@careers/career-path'
import { contentLocales } from './content-files.js'
import { readContent } from './read-content.js'
import { loadSiteSettings, siteSettingsFileName } from './site-settings-file.js'
import { join } from 'node:path'

/**
 * Every problem in every file of a content folder, errors and warnings, sorted
 * by file and line: the entries of each locale as `readContent` checks them
 * (translations against the default locale's entries: slug, sections, stale),
 * and the site settings (each locale with entries needs its texts).
 */
export async function lintContent(contentDir: string): Promise<VFileMessage[]> {
  const [settings, present] = await Promise.all([loadSiteSettings(contentDir), contentLocales(contentDir)])
  const source = await readContent(contentDir)
  const sources = new Map(source.outlines.map((o) => [o.slug, o]))
  const issues = [...settings.issues, ...source.issues]
  for (const locale of present.filter((l) => l !== defaultLocale)) {
    issues.push(...(await readContent(contentDir, locale, sources)).issues)
    if (settings.settings && !settings.localized[locale]) issues.push(missingTexts(contentDir, locale))
  }
  return issues.sort(byFileAndLine)
}

/** A locale with entries and no texts of its own in site.yml: its outputs would show another language's. */
export function missingTexts(contentDir: string, locale: string): VFileMessage {
  return problem(`no texts for "${locale}", which has entries: add locales: { ${locale}: { feed: { title, description }, callToAction: { label }, handoutFooter } } (no output falls back to another language)`, {
    rule: 'missing-locale-texts',
    file: join(contentDir, siteSettingsFileName),
    line: 1,
  })
}
