import type { ReactNode } from 'react'
import { paragraphs, type CareerPath, type SectionKey, type SectionSpec } from '@careers/career-path'
import { sectionBody } from '../markdown/entry-to-mdast.js'
import { entryUrls, type SiteSettings } from '../site.js'
import { ItemList } from './item-list.js'
import { renderRichText } from './rich-text/render-rich-text.js'

export interface SectionContext {
  site: SiteSettings
  relatedTitles?: Record<string, string>
}

/**
 * A section drawn from its mdast, the same the Markdown holds: prose,
 * responsibilities as a bullet list (hanging indents from the list layout),
 * related entries as links to their public pages.
 */
const fromMdast = (entry: CareerPath, spec: SectionSpec, { site, relatedTitles }: SectionContext) =>
  renderRichText({
    type: 'root',
    children: sectionBody(entry, spec, {
      ...(relatedTitles ? { relatedTitles } : {}),
      relatedUrl: (slug) => entryUrls(site, slug).page,
    }),
  })

/**
 * What each section of the `sections` table shows under its heading. Typed by
 * `SectionKey`, so a section added to the model fails to compile here until
 * the handout knows how to show it. Specializations and FAQs are drawn as
 * items (a name or question kept with its text), not as mdast headings.
 */
export const sectionBodies: {
  [Key in SectionKey]: (entry: CareerPath, spec: SectionSpec, context: SectionContext) => ReactNode
} = {
  definition: fromMdast,
  whatTheyDo: fromMdast,
  responsibilities: fromMdast,
  specializations: (entry) => <ItemList items={entry.specializations.map((s) => ({ heading: s.name, body: paragraphs(s.description) }))} />,
  workEnvironment: fromMdast,
  workingConditions: fromMdast,
  difficulty: fromMdast,
  outlook: fromMdast,
  faqs: (entry) => <ItemList items={entry.faqs.map((f) => ({ heading: f.question, body: f.answer }))} />,
  related: fromMdast,
}
