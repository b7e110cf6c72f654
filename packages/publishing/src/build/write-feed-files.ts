import { defaultLocale } from '@careers/career-path'
import { join } from 'node:path'
import { buildFeed } from '../feed/build-feed.js'
import { extensionDoc } from '../feed/extension-doc.js'
import type { CareerPathFeedItem } from '../feed/feed-types.js'
import { extensionDocFileName, feedFileName, type SiteSettings } from '../site.js'
import type { Manifest, OutputRecord } from './manifest.js'
import { writeIfChanged } from './write-entry-files.js'

/**
 * `feed.json` with every item (a static file is not paginated) and the
 * extension's description; like an entry's files, each is written only when its bytes change.
 */
export async function writeFeedFiles(outDir: string, site: SiteSettings, items: CareerPathFeedItem[], before: Pick<Manifest, 'feed' | 'extensionDoc'>): Promise<{ feed: OutputRecord; extensionDoc?: OutputRecord }> {
  const feed = `${JSON.stringify(buildFeed(items, site), null, 2)}\n`
  const written = { feed: await writeIfChanged(join(outDir, feedFileName), feed, before.feed) }
  // One description of the extension, at the site's root, for the feeds of every locale (their `about`).
  if (site.locale && site.locale !== defaultLocale) return written
  return { ...written, extensionDoc: await writeIfChanged(join(outDir, extensionDocFileName), extensionDoc(site), before.extensionDoc) }
}
