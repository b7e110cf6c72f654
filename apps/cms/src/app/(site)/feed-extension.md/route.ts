import { extensionDoc } from '@careers/publishing/feed'
import { siteSettings } from '../../../entries/site-settings'
import { publicPayload } from '../../../serving/public-content'

export const dynamic = 'force-dynamic'

/** The page the feed's `_career_path.about` points to. */
export async function GET(): Promise<Response> {
  const site = await siteSettings(await publicPayload())
  return new Response(extensionDoc(site), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  })
}
