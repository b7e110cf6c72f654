import { entryPageTitle, type CareerPath } from '@careers/career-path'
import type { SiteSettings } from '../site.js'
import { CallToAction } from './call-to-action.js'
import { HandoutHeader, type HandoutHeaderProps } from './handout-header.js'
import { HandoutSections } from './handout-sections.js'

export interface EntryBodyProps {
  entry: CareerPath
  site: SiteSettings
  relatedTitles?: Record<string, string>
  /** In the book: the entry's outline entry (its sections go under it) and its named destination. */
  outline?: Required<Pick<HandoutHeaderProps, 'bookmark' | 'anchor'>>
}

/**
 * What a handout says, as siblings straight on its page: the title block, the
 * sections the entry has, the call to action. The handout is this on a page
 * of its own; the book puts one after another.
 */
export function EntryBody({ entry, site, relatedTitles, outline }: EntryBodyProps) {
  return (
    <>
      <HandoutHeader siteName={site.siteName} title={entryPageTitle(entry)} {...(outline ?? {})} />
      <HandoutSections entry={entry} site={site} {...(relatedTitles ? { relatedTitles } : {})} {...(outline?.bookmark.ref ? { outlineParent: outline.bookmark.ref } : {})} />
      <CallToAction callToAction={site.callToAction} />
    </>
  )
}
