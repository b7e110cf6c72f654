import type { SiteSettings } from '@careers/publishing'
import type { Payload, PayloadRequest } from 'payload'
import { settingsSlug } from '../collections/slugs'

/** The `settings` global as the publishing package's `SiteSettings`. */
export async function siteSettings(payload: Payload, req?: Partial<PayloadRequest>): Promise<SiteSettings> {
  const s = await payload.findGlobal({ slug: settingsSlug, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  return {
    siteName: s.siteName || 'Career Paths',
    baseUrl: String(s.baseUrl || 'http://localhost:3000').replace(/\/+$/, ''),
    language: s.language || 'en',
    feed: { title: s.feed?.title || s.siteName || 'Career Paths', description: s.feed?.description || '' },
    callToAction: { label: s.callToAction?.label || '', url: s.callToAction?.url || '' },
    handoutFooter: s.handoutFooter ?? '',
  }
}
