import { toString } from 'mdast-util-to-string'
import type { Faq } from '@careers/career-path'
import { Item } from './item.js'
import { renderRichText } from './rich-text/render-rich-text.js'

/** Each FAQ as its question in bold over its rich-text answer. */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  return faqs.map(({ question, answer }, index) => (
    <Item key={index} heading={question} first={index === 0} bodyLength={toString(answer).length}>
      {renderRichText(answer)}
    </Item>
  ))
}
