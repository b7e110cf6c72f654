import type { List, PhrasingContent } from 'mdast'
import type { CareerPath } from '@careers/career-path'
import { entryUrls, type SiteSettings } from '../site.js'

/** A tight bullet list with one item per line of phrasing content. */
function bulletList(items: PhrasingContent[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [item] }],
    })),
  }
}

/**
 * The responsibilities as a rich-text bullet list, so they share the rich
 * text's list layout (hanging indents) rather than copying it.
 */
export function responsibilitiesList(entry: CareerPath): List {
  return bulletList(entry.responsibilities.map((value) => ({ type: 'text', value })))
}

/** The related entries as a bullet list of links to their pages, titled where the title is known. */
export function relatedList(entry: CareerPath, site: SiteSettings, titles: Record<string, string> = {}): List {
  return bulletList(
    entry.related.map((slug) => ({
      type: 'link',
      url: entryUrls(site, slug).page,
      children: [{ type: 'text', value: (Object.hasOwn(titles, slug) && titles[slug]) || slug }],
    })),
  )
}
