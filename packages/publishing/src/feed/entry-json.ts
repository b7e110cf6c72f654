import { defaultLocale, localeOf, locales, richTextFields, type CareerPath, type RichText } from '@careers/career-path'
import { relatedTitle } from '../markdown/entry-to-mdast.js'
import { markdownProcessor } from '../markdown/processor.js'
import { entryUrls, extensionAboutUrl, type SiteSettings } from '../site.js'

/** Version of the structured-entry format; bump on a breaking change. */
export const careerPathJsonVersion = '1'

/**
 * The structured entry as published (`<slug>.json` and the feed's
 * `_career_path`): the model's fields, rich text as Markdown strings so any
 * CommonMark parser reads it, related entries with their public URLs.
 */
export interface CareerPathJson {
  version: string
  about: string
  id: string
  title: string
  slug: string
  url: string
  definition: string
  whatTheyDo: string
  responsibilities: string[]
  specializations: { name: string; description: string }[]
  workEnvironment?: string
  workingConditions?: string
  difficulty?: string
  outlook?: string
  faqs: { question: string; answer: string }[]
  related: { slug: string; title: string; url: string }[]
  tags: string[]
  occupationCode?: string
  published?: string
  updated?: string
  /** A translation's language (absent in the default locale's, whose `language` is the feed's). */
  language?: string
  /** A translation: the revision of the default-locale text it was made from, and whether that text has changed since. */
  translation?: TranslationStatus
}

/** What the feed extension says of a translation (brief: `translation: { source_revision, stale }`). */
export interface TranslationStatus {
  source_revision: string | null
  stale: boolean
}

export interface CareerPathJsonOptions {
  /** For a translation: whether its source has moved on since it was made (the build and the CMS know; the entry alone does not). */
  stale?: boolean
}

/** The stable id of an entry: its own, else one made from the slug (never from the URL). */
export function entryId(entry: Pick<CareerPath, 'id' | 'slug'>): string {
  return entry.id ?? `urn:careers:career-path:${entry.slug}`
}

/**
 * The structured entry. Its URLs are those of the entry's locale; a
 * translation says its language and how it stands against its source.
 */
export function careerPathToJson(entry: CareerPath, site: Pick<SiteSettings, 'baseUrl' | 'locale'>, relatedTitles: Record<string, string> = {}, options: CareerPathJsonOptions = {}): CareerPathJson {
  const locale = localeOf(entry)
  const urls = { ...site, locale }
  const prose = Object.fromEntries(richTextFields.flatMap((field) => (entry[field] ? [[field, richTextToMarkdown(entry[field])]] : []))) as Pick<CareerPathJson, (typeof richTextFields)[number]>
  return {
    version: careerPathJsonVersion,
    about: extensionAboutUrl(site),
    id: entryId(entry),
    title: entry.title,
    slug: entry.slug,
    url: entryUrls(urls, entry.slug).page,
    ...prose,
    responsibilities: entry.responsibilities,
    specializations: entry.specializations,
    faqs: entry.faqs.map((f) => ({ question: f.question, answer: richTextToMarkdown(f.answer) })),
    related: entry.related.map((slug) => ({ slug, title: relatedTitle(relatedTitles, slug), url: entryUrls(urls, slug).page })),
    tags: entry.tags ?? [],
    ...(entry.occupationCode ? { occupationCode: entry.occupationCode } : {}),
    ...(entry.published ? { published: entry.published } : {}),
    ...(entry.updated ? { updated: entry.updated } : {}),
    ...(locale === defaultLocale
      ? {}
      : {
          language: locales[locale].code,
          translation: { source_revision: entry.translation?.sourceRevision ?? null, stale: options.stale ?? entry.translation === undefined },
        }),
  }
}

function richTextToMarkdown(tree: RichText): string {
  return markdownProcessor.stringify(tree).trimEnd()
}
