import { defaultLocale, type CareerPath } from '@careers/career-path'
import { definitionLead, entryLanguage, entryUrls, type SiteSettings } from '@careers/publishing'

/** schema.org `Occupation` for the page: what search engines and partners read. */
export function occupationJsonLd(entry: CareerPath, site: SiteSettings): Record<string, unknown> {
  const url = entryUrls(site, entry.slug).page
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: entry.title,
    inLanguage: entryLanguage(entry.locale ?? defaultLocale, site),
    description: definitionLead(entry, 500),
    url,
    mainEntityOfPage: url,
    ...(entry.occupationCode ? { occupationalCategory: { '@type': 'CategoryCode', codeValue: entry.occupationCode, inCodeSet: { '@type': 'CategoryCodeSet', name: 'O*NET-SOC' } } } : {}),
    responsibilities: entry.responsibilities,
    ...(entry.specializations.length ? { alternateName: entry.specializations.map((s) => s.name) } : {}),
    ...(entry.updated ? { dateModified: entry.updated } : {}),
    ...(entry.published ? { datePublished: entry.published } : {}),
  }
}

/** JSON for a `<script>` element: `<` escaped so text like `</script>` cannot end it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
