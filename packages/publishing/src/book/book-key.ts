import { defaultLocale } from '@careers/career-path'
import { entryFileKey } from '../contract/addresses.js'
import { contentHash } from '../content-hash.js'
import { rendererVersion } from '../renderer-version.js'
import type { SiteSettings } from '../contract/site-settings.js'

/** One entry of a locale's book, as the book is made from it: its published Markdown. */
export interface BookSource {
  slug: string
  /** `contentHash` of the entry's published Markdown (the CMS's stored ETag of its `.md`). */
  markdownHash: string
}

/**
 * What a locale's book is made from, as one key: the renderer, the settings
 * and each entry's Markdown. The book is pure, so an equal key is an equal
 * book, and neither `careers build` nor the CMS renders it again. The CMS
 * serves the key as the book's ETag. Pure and cheap: no renderer is loaded.
 */
export function bookKey(site: SiteSettings, sources: readonly BookSource[]): string {
  const locale = site.locale ?? defaultLocale
  // By the Markdown's stored key, in code-unit order: the same on every machine and database.
  const named = sources.map((s): [string, string] => [entryFileKey(locale, s.slug, 'md'), s.markdownHash]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return contentHash(JSON.stringify([rendererVersion, site, named]))
}
