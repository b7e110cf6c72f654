import { renderMarkdown } from '@careers/publishing'
import { defaultLocale, isLocale, validateCareerPath } from '@careers/career-path'
import type { Endpoint } from 'payload'
import { isStaff } from '../../../access/roles'
import { careerPathsSlug } from '../../slugs'
import type { CareerPathDocument } from '../../../entries/document-entry'
import { toCurrentEntry } from '../../../entries/load-entries'
import { siteSettings } from '../../../entries/site-settings'
import { rateLimit } from '../../../security/rate-limits'
import { attachmentName } from '../../../serving/http'
import { loadHandoutRenderer } from '../../../rendering/renderers'

/**
 * `GET /api/career-paths/:id/download?format=pdf|md[&locale=es]`: the handout or
 * Markdown of the version being edited in that locale (the admin's, default
 * English), draft and autosave included, for signed-in staff.
 * Rendered on demand and never stored: stored renders are for published entries.
 */
export const downloadEndpoint: Endpoint = {
  path: '/:id/download',
  method: 'get',
  handler: async (req) => {
    if (!isStaff({ req })) return Response.json({ errors: [{ message: 'Sign in to download drafts.' }] }, { status: 401 })
    const format = new URL(req.url ?? '', 'http://x').searchParams.get('format') ?? 'pdf'
    if (format !== 'pdf' && format !== 'md') return Response.json({ errors: [{ message: 'format must be pdf or md' }] }, { status: 400 })
    // Rendered on every request: the same per-client limit as the public handouts.
    const limited = format === 'pdf' ? await rateLimit('pdf', req.headers) : undefined
    if (limited) return limited
    const id = req.routeParams?.id as string
    const locale = isLocale(req.locale) ? req.locale : defaultLocale
    let doc: CareerPathDocument
    try {
      doc = await req.payload.findByID({ collection: careerPathsSlug, id, locale, draft: true, depth: 0, overrideAccess: false, req })
    } catch {
      return Response.json({ errors: [{ message: `No career path with id ${id}.` }] }, { status: 404 })
    }
    try {
      if (!doc.title) return Response.json({ errors: [{ message: `This career path has no ${locale} text yet.` }] }, { status: 404 })
      const { entry, relatedTitles } = await toCurrentEntry({ payload: req.payload, req, locale }, doc)
      const checked = validateCareerPath(entry)
      if (!checked.ok) {
        const message = `This version cannot be rendered yet: ${checked.issues.map((i) => `${i.field} ${i.reason}`).join('; ')}`
        return Response.json({ errors: [{ message }] }, { status: 422 })
      }
      const base = attachmentName(locale === defaultLocale ? entry.slug : `${entry.slug}-${locale}`)
      if (format === 'md') {
        return new Response(renderMarkdown(entry, { relatedTitles }), {
          headers: { 'Content-Type': 'text/markdown; charset=utf-8', 'Content-Disposition': `attachment; filename="${base}.md"`, 'Cache-Control': 'private, no-store' },
        })
      }
      const { renderHandout } = await loadHandoutRenderer()
      const pdf = await renderHandout(entry, { site: await siteSettings(req.payload, req, locale), relatedTitles })
      return new Response(Buffer.from(pdf), {
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${base}.pdf"`, 'Cache-Control': 'private, no-store' },
      })
    } catch (error) {
      return Response.json({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }, { status: 422 })
    }
  },
}
