import { defaultLocale } from '@careers/career-path'
import { withDatabase } from '../../../serving/database-unavailable'
import { feedResponse } from '../../../serving/feed-response'
import { publicPayload } from '../../../serving/public-content'

export const dynamic = 'force-dynamic'

/** `GET /feed.json[?after=<cursor>&limit=N]`: the default locale's JSON Feed (`src/serving/feed-response.ts`). */
export const GET = withDatabase(async (request: Request): Promise<Response> => feedResponse(request, await publicPayload(), defaultLocale))
