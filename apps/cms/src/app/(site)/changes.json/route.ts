import { publicPayload } from '../../../serving/public-content'
import { withDatabase } from '../../../serving/database-unavailable'
import { changesResponse } from '../../../serving/changes-response'

export const dynamic = 'force-dynamic'

/**
 * `GET /changes.json[?since=<cursor>]`: every publish, unpublish and delete
 * since the cursor, oldest first, 500 a page (`next_url` while more remain).
 * One indexed query a page, whatever the length of the history.
 */
export const GET = withDatabase(async (request: Request): Promise<Response> => changesResponse(await publicPayload(), request))
