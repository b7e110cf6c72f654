import { writtenByServer } from '../access/roles'
import type { CollectionConfig } from 'payload'
import { feedItemsSlug } from './slugs'

/**
 * Each published entry's feed item per locale, with the columns the feed and
 * the index page and sort by, so a page of either is one query of at most a
 * page of rows, whatever the number of entries. Written by the render job with
 * the entry's files; nobody reads it through the API.
 */
export const FeedItems: CollectionConfig = {
  slug: feedItemsSlug,
  admin: { hidden: true },
  access: writtenByServer(),
  graphQL: false,
  timestamps: true,
  indexes: [
    // The feed's order (newest first, then title, then id) and the index's (title, then id): all
    // ascending, so a page is a walk along the index that stops after a page of rows.
    { fields: ['locale', 'newestFirst', 'title', 'itemId'] },
    { fields: ['locale', 'title', 'itemId'] },
  ],
  fields: [
    /** `<locale>/<entry id>`. */
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'entry', type: 'text', required: true, index: true },
    { name: 'locale', type: 'text', required: true },
    /** The feed item's stable id (not the URL). */
    { name: 'itemId', type: 'text', required: true },
    { name: 'slug', type: 'text', required: true },
    /** The entry's title (`Backend Developer`), as the index shows and searches it. */
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    /** `date_modified` in milliseconds, negated (0 when the entry has none): ascending is newest first, and numbers sort alike everywhere. */
    { name: 'newestFirst', type: 'number', required: true },
    /** The tags as `|a|b|`, so "has tag a" is one `contains '|a|'` on this row. */
    { name: 'tags', type: 'text' },
    /** The documents this entry links to, published or not, each with how its render shows it: `|12:<hash of slug and title>|34:-|` (34 not public). Who to render again when one changes. */
    { name: 'relatedIds', type: 'text' },
    { name: 'etag', type: 'text', required: true },
    /** The `recordsVersion` (publishing package's renderer and CMS's stored page) that made this entry's records: older ones are rendered again on start. */
    { name: 'rendererVersion', type: 'number', required: true },
    // Last: SQLite keeps a long value in overflow pages, and a read of any column after it walks them.
    /** The JSON Feed item as compact JSON, spliced into a page as it is. */
    { name: 'item', type: 'textarea', required: true, maxLength: 50_000_000 },
  ],
}
