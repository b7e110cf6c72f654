import { defaultLocale } from '../../../publication/file-keys'
import { bookResponse } from '../../../site/book-response'
import { withDatabase } from '../../../site/database-unavailable'

export const dynamic = 'force-dynamic'

/** `/career-paths.pdf`: every published entry in one book (`bookResponse`). */
export const GET = withDatabase((request: Request): Promise<Response> => bookResponse(request, defaultLocale))
