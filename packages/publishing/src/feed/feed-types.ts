import type { JsonFeed } from 'feedsmith'
import type { CareerPathJson } from './entry-json.js'

/** A feed item of ours: JSON Feed 1.1 plus the `_career_path` extension. */
export type CareerPathFeedItem = JsonFeed.Item<string, true> & {
  content_html: string
  content_text: string
  _career_path: CareerPathJson
}

export type CareerPathFeed = Omit<JsonFeed.Feed<string, true>, 'items'> & {
  version: typeof jsonFeedVersion
  items: CareerPathFeedItem[]
}

export const jsonFeedVersion = 'https://jsonfeed.org/version/1.1'
export const jsonFeedMimeType = 'application/feed+json'
