import { defaultLocale } from '@careers/career-path'
import { withDatabase } from '../../../site/database-unavailable'
import { feedResponse } from '../../../site/feed-response'
import { publicPayload } from '../../../site/public-content'

export const dynamic = 'force-dynamic'

/** `GET /feed.json[?after=<cursor>&limit=N]`: the default locale's JSON Feed (`src/site/feed-response.ts`). */
export const GET = withDatabase(async (request: Request): Promise<Response> => feedResponse(request, await publicPayload(), defaultLocale))
