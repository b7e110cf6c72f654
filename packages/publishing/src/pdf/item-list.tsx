import type { RichText } from '@careers/career-path'
import { toString } from 'mdast-util-to-string'
import { Item } from './item.js'
import { renderRichText } from './rich-text/render-rich-text.js'

/** A section drawn as items: each heading (a specialization's name, a question) in bold over its rich-text body. */
export function ItemList({ items }: { items: { heading: string; body: RichText }[] }) {
  return items.map(({ heading, body }, index) => (
    <Item key={index} heading={heading} first={index === 0} bodyLength={toString(body).length}>
      {renderRichText(body)}
    </Item>
  ))
}
