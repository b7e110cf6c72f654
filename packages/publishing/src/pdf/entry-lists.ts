import type { List } from 'mdast'
import { bulletList } from '../markdown/entry-to-mdast.js'
import type { CareerPath } from '@careers/career-path'
import { entryUrls, type SiteSettings } from '../site.js'

/**
 * The responsibilities as a rich-text bullet list, so they share the rich
 * text's list layout (hanging indents) rather than copying it.
 */
export function responsibilitiesList(entry: CareerPath): List {
  return bulletList(entry.responsibilities.map((value) => [{ type: 'text', value }]))
}

/** The related entries as a bullet list of links to their pages, titled where the title is known. */
export function relatedList(entry: CareerPath, site: SiteSettings, titles: Record<string, string> = {}): List {
  return bulletList(
    entry.related.map((slug) => [
      {
        type: 'link',
        url: entryUrls(site, slug).page,
        children: [{ type: 'text', value: (Object.hasOwn(titles, slug) && titles[slug]) || slug }],
      },
    ]),
  )
}
