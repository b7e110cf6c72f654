import { withDatabase } from '../../../../site/database-unavailable'
import { feedResponse } from '../../../../site/feed-response'
import { prefixedLocale } from '../../../../site/locale-segment'
import { publicPayload } from '../../../../site/public-content'
import { notFoundText } from '../../../../site/serve-stored-file'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ locale: string }> }

/** `GET /<locale>/feed.json`: the JSON Feed of the entries published in that locale; 404 for a locale nothing is published in. */
export const GET = withDatabase(async (request: Request, { params }: Args): Promise<Response> => {
  const locale = prefixedLocale((await params).locale)
  if (!locale) return notFoundText('No such feed.')
  return feedResponse(request, await publicPayload(), locale)
})
