import { withDatabase } from '../../../../../../serving/database-unavailable'
import { entryFileResponse } from '../../../../../../serving/entry-file-response'
import { prefixedLocale } from '@careers/publishing/contract'
import { publicPayload } from '../../../../../../serving/public-content'
import { notFoundText } from '../../../../../../serving/serve-stored-file'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string; format: string; locale: string }> }

/** `/<locale>/career-paths/<slug>.{md,pdf,json}` (rewritten here): that locale's stored file; 404 where it is not published. */
export const GET = withDatabase(async (request: Request, { params }: Args): Promise<Response> => {
  const { slug, format, locale: segment } = await params
  const locale = prefixedLocale(segment)
  if (!locale) return notFoundText(`No published career path "${slug}".`)
  return entryFileResponse(request, await publicPayload(), locale, slug, format)
})
