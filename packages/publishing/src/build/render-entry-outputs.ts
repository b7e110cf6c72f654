import type { CareerPath } from '@careers/career-path'
import { careerPathToJson } from '../feed/entry-json.js'
import { careerPathFeedItem } from '../feed/feed-item.js'
import type { CareerPathFeedItem } from '../feed/feed-types.js'
import { renderMarkdown } from '../markdown/render-markdown.js'
import { renderHandout } from '../pdf/index.js'
import type { SiteSettings } from '../site.js'

export interface RenderJob {
  entry: CareerPath
  site: SiteSettings
  /** Titles of the entry's related entries, by slug. */
  relatedTitles: Record<string, string>
  /** A translation whose source text changed since it was made. */
  stale?: boolean
}

/** Everything a build publishes for one entry. */
export interface EntryOutputs {
  markdown: string
  json: string
  pdf: Uint8Array
  feedItem: CareerPathFeedItem
}

/** One entry → its Markdown, JSON, PDF and feed item. Pure: no files, no clock. */
export async function renderEntryOutputs({ entry, site, relatedTitles, stale }: RenderJob): Promise<EntryOutputs> {
  const markdown = renderMarkdown(entry, { relatedTitles })
  const structured = careerPathToJson(entry, site, relatedTitles, stale === undefined ? {} : { stale })
  const pdf = await renderHandout(entry, { site, relatedTitles })
  const sizes = { pdf: pdf.byteLength, markdown: Buffer.byteLength(markdown) }
  return {
    markdown,
    json: `${JSON.stringify(structured, null, 2)}\n`,
    pdf,
    feedItem: careerPathFeedItem({ entry, markdown, json: structured, sizes, relatedTitles }, site),
  }
}
