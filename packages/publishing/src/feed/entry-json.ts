import { richTextFields, type CareerPath, type RichText } from '@careers/career-path'
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
}

/** The stable id of an entry: its own, else one made from the slug (never from the URL). */
export function entryId(entry: Pick<CareerPath, 'id' | 'slug'>): string {
  return entry.id ?? `urn:careers:career-path:${entry.slug}`
}

export function careerPathToJson(entry: CareerPath, site: Pick<SiteSettings, 'baseUrl'>, relatedTitles: Record<string, string> = {}): CareerPathJson {
  const prose = Object.fromEntries(richTextFields.flatMap((field) => (entry[field] ? [[field, richTextToMarkdown(entry[field])]] : []))) as Pick<CareerPathJson, (typeof richTextFields)[number]>
  return {
    version: careerPathJsonVersion,
    about: extensionAboutUrl(site),
    id: entryId(entry),
    title: entry.title,
    slug: entry.slug,
    url: entryUrls(site, entry.slug).page,
    ...prose,
    responsibilities: entry.responsibilities,
    specializations: entry.specializations,
    faqs: entry.faqs.map((f) => ({ question: f.question, answer: richTextToMarkdown(f.answer) })),
    related: entry.related.map((slug) => ({ slug, title: relatedTitle(relatedTitles, slug), url: entryUrls(site, slug).page })),
    tags: entry.tags ?? [],
    ...(entry.occupationCode ? { occupationCode: entry.occupationCode } : {}),
    ...(entry.published ? { published: entry.published } : {}),
    ...(entry.updated ? { updated: entry.updated } : {}),
  }
}

function richTextToMarkdown(tree: RichText): string {
  return markdownProcessor.stringify(tree).trimEnd()
}
