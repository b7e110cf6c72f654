import type { ReactNode } from 'react'
import type { Root, RootContent } from 'mdast'
import type { CareerPath, SectionKey } from '@careers/career-path'
import type { SiteSettings } from '../site.js'
import { relatedList, responsibilitiesList } from './entry-lists.js'
import { FaqList } from './faq-list.js'
import { renderRichText } from './rich-text/render-rich-text.js'
import { SpecializationList } from './specialization-list.js'

export interface SectionContext {
  site: SiteSettings
  relatedTitles?: Record<string, string>
}

const root = (...children: RootContent[]): Root => ({ type: 'root', children })
const empty = root()

/**
 * What each section of the `sections` table shows under its heading. Typed by
 * `SectionKey`, so a section added to the model fails to compile here until
 * the handout knows how to show it.
 */
export const sectionBodies: { [Key in SectionKey]: (entry: CareerPath, context: SectionContext) => ReactNode } = {
  definition: (entry) => renderRichText(entry.definition),
  whatTheyDo: (entry) => renderRichText(entry.whatTheyDo),
  responsibilities: (entry) => renderRichText(root(responsibilitiesList(entry))),
  specializations: (entry) => <SpecializationList specializations={entry.specializations} />,
  workEnvironment: (entry) => renderRichText(entry.workEnvironment ?? empty),
  workingConditions: (entry) => renderRichText(entry.workingConditions ?? empty),
  difficulty: (entry) => renderRichText(entry.difficulty ?? empty),
  outlook: (entry) => renderRichText(entry.outlook ?? empty),
  faqs: (entry) => <FaqList faqs={entry.faqs} />,
  related: (entry, { site, relatedTitles }) => renderRichText(root(relatedList(entry, site, relatedTitles))),
}
