import { defaultLocale } from '@careers/career-path'
import { withDatabase } from '../../../../../serving/database-unavailable'
import { entryFileResponse } from '../../../../../serving/entry-file-response'
import { publicPayload } from '../../../../../serving/public-content'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string; format: string }> }

/** `/career-paths/<slug>.{md,pdf,json}` (rewritten here): the default locale's stored file (`entry-file-response.ts`). */
export const GET = withDatabase(async (request: Request, { params }: Args): Promise<Response> => {
  const { slug, format } = await params
  return entryFileResponse(request, await publicPayload(), defaultLocale, slug, format)
})
