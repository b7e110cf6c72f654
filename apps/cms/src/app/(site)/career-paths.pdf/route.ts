import { defaultLocale } from '@careers/career-path'
import { bookResponse } from '../../../serving/book-response'
import { withDatabase } from '../../../serving/database-unavailable'

export const dynamic = 'force-dynamic'

/** `/career-paths.pdf`: every published entry in one book (`bookResponse`). */
export const GET = withDatabase((request: Request): Promise<Response> => bookResponse(request, defaultLocale))
