import { rendererVersion } from '@careers/publishing'

/**
 * Bump when what the CMS stores of a render changes shape (the page content
 * beside the package's files): 2 added each page's language and `hreflang`
 * alternates, and translations' `stale` flag.
 */
const storedPageVersion = 2

/**
 * The version a render's records are stored with (`feed-items.rendererVersion`):
 * the publishing package's renderer and the CMS's stored page together, so a
 * change to either renders every entry again on start.
 */
export const recordsVersion = rendererVersion * 100 + storedPageVersion
