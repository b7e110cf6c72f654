import { withDatabase } from '../../../../serving/database-unavailable'
import { feedResponse } from '../../../../serving/feed-response'
import { prefixedLocale } from '@careers/publishing/contract'
import { publicPayload } from '../../../../serving/public-content'
import { notFoundText } from '../../../../serving/serve-stored-file'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ locale: string }> }

/** `GET /<locale>/feed.json`: the JSON Feed of the entries published in that locale; 404 for a locale nothing is published in. */
export const GET = withDatabase(async (request: Request, { params }: Args): Promise<Response> => {
  const locale = prefixedLocale((await params).locale)
  if (!locale) return notFoundText('No such feed.')
  return feedResponse(request, await publicPayload(), locale)
})
