import { attachmentName, etagOf, isNotModified, notModified, publicCacheControl } from '../../../../../outputs/http'
import { rateLimit } from '../../../../../security/rate-limits'
import { withDatabase } from '../../../../../site/database-unavailable'
import { publishedFiles } from '../../../../../site/serve-outputs'

export const dynamic = 'force-dynamic'

const types = {
  md: 'text/markdown; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
} as const

type Args = { params: Promise<{ slug: string; format: string }> }

/** `/career-paths/<slug>.{md,pdf,json}` (rewritten here): stored bytes of the published entry. */
export const GET = withDatabase(async (request: Request, { params }: Args): Promise<Response> => {
  const { slug, format } = await params
  if (!(format in types)) return notFoundResponse(slug)
  if (format === 'pdf') {
    const limited = await rateLimit('pdf', request.headers)
    if (limited) return limited
  }
  const files = await publishedFiles(slug)
  if (!files) return notFoundResponse(slug)
  const kind = format as keyof typeof types
  const etag = etagOf(`${files.hash}-${kind}`)
  if (isNotModified(request, etag)) return notModified(etag)
  const body = kind === 'pdf' ? Buffer.from(await files.read('pdf')) : await files.read(kind === 'md' ? 'markdown' : 'json')
  const headers: Record<string, string> = {
    'Content-Type': types[kind],
    ETag: etag,
    'Cache-Control': publicCacheControl,
    'X-Content-Type-Options': 'nosniff',
  }
  const name = attachmentName(slug)
  if (kind === 'pdf') headers['Content-Disposition'] = `inline; filename="${name}.pdf"`
  if (kind === 'md') headers['Content-Disposition'] = `inline; filename="${name}.md"`
  return new Response(body, { headers })
})

function notFoundResponse(slug: string): Response {
  return new Response(`No published career path "${slug}".\n`, {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
