import { Fragment } from 'react'
import type { Faq } from '@careers/career-path'
import { ItemHeading } from './item-heading.js'
import { renderRichText } from './rich-text/render-rich-text.js'

/**
 * Each FAQ as its question in bold over its rich-text answer, all siblings of
 * the section heading (see `SpecializationList`).
 */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  return faqs.map(({ question, answer }, index) => (
    <Fragment key={index}>
      <ItemHeading first={index === 0}>{question}</ItemHeading>
      {renderRichText(answer)}
    </Fragment>
  ))
}
