import type { SiteSettings } from '@careers/publishing'
import type { Payload, PayloadRequest } from 'payload'
import { settingsSlug } from '../collections/slugs'
import type { Setting } from '../payload-types'

/**
 * The `settings` global as the publishing package's `SiteSettings`. Read from
 * the database adapter (the global has no read hooks, and everyone may read
 * it): a third of the local API's cost, on every feed and index request.
 * A global never saved yet is read through the local API, which fills in its defaults.
 * Given a `req`, inside its transaction.
 */
export async function siteSettings(payload: Payload, req?: Partial<PayloadRequest>): Promise<SiteSettings> {
  const at = req ? { req } : {}
  // Never saved yet: the local API fills in the fields' defaults.
  const s: Partial<Setting> = ((await payload.db.findGlobal({ slug: settingsSlug, ...at })) as unknown as Setting | null) ?? (await payload.findGlobal({ slug: settingsSlug, depth: 0, overrideAccess: true, ...at }))
  return {
    siteName: s.siteName || 'Career Paths',
    baseUrl: String(s.baseUrl || 'http://localhost:3000').replace(/\/+$/, ''),
    language: s.language || 'en',
    feed: { title: s.feed?.title || s.siteName || 'Career Paths', description: s.feed?.description || '' },
    callToAction: { label: s.callToAction?.label || '', url: s.callToAction?.url || '' },
    handoutFooter: s.handoutFooter ?? '',
  }
}
