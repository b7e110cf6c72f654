import { pageTitle } from '@careers/career-path'
import { definitionLead, entryUrls, renderEntryHtml } from '@careers/publishing'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { LivePreviewRefresh } from '../../../../components/LivePreviewRefresh'
import { isDatabaseUnavailable, noteDatabaseError } from '../../../../site/database-unavailable'
import { occupationJsonLd, scriptJson } from '../../../../site/public-content'
import { previewPage, publishedPage } from '../../../../site/serve-outputs'
import { SiteFooter, SiteHeader } from '../../site-chrome'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** `?preview=<id>` (the admin's live preview) shows that entry's newest draft, to signed-in staff only. */
async function pageOf({ params, searchParams }: Args) {
  const { slug } = await params
  const { preview } = await searchParams
  if (typeof preview !== 'string' || !/^[\w-]{1,64}$/.test(preview)) return publishedPage(slug)
  return previewPage(slug, preview)
}

export async function generateMetadata(args: Args): Promise<Metadata> {
  // Metadata errors escape the page's error boundary; the page itself reports an unreachable database.
  const found = await pageOf(args).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return undefined
    throw error
  })
  if (!found) return { title: 'Not found' }
  if ('preview' in found) return { title: `Preview: ${pageTitle(found.entry.title)}`, robots: { index: false, follow: false } }
  return {
    title: `${pageTitle(found.entry.title)} · ${found.site.siteName}`,
    description: definitionLead(found.entry, 220),
    alternates: {
      canonical: entryUrls(found.site, found.entry.slug).page,
      types: { 'text/markdown': `/career-paths/${found.entry.slug}.md`, 'application/pdf': `/career-paths/${found.entry.slug}.pdf` },
    },
  }
}

export default async function CareerPathPage(args: Args) {
  const found = await pageOf(args).catch(noteDatabaseError)
  if (!found) notFound()
  const { entry, site, relatedTitles } = found
  const preview = 'preview' in found
  const files = `/career-paths/${entry.slug}`
  return (
    <>
      {preview ? <LivePreviewRefresh /> : null}
      <SiteHeader site={site} />
      <main id="main" className="wrap">
        <article>
          {preview ? (
            <p className="preview-note" role="status">
              Preview of the newest draft. Readers see the published version until this is published.
            </p>
          ) : null}
          <h1>{pageTitle(entry.title)}</h1>
          {entry.updated ? <p className="meta">Updated {entry.updated}</p> : null}
          {preview ? null : <ul className="downloads" aria-label="Downloads">
            <li>
              <a href={`${files}.pdf`} download>
                Download PDF handout
              </a>
            </li>
            <li>
              <a href={`${files}.md`}>Markdown</a>
            </li>
            <li>
              <a href={`${files}.json`}>JSON</a>
            </li>
          </ul>}
          {/* Sanitized by the publishing package (rehype-sanitize): the same HTML as the feed's content_html. */}
          <div dangerouslySetInnerHTML={{ __html: renderEntryHtml(entry, site, relatedTitles) }} />
          {site.callToAction.label ? (
            <aside className="cta" aria-label="Get started">
              <p>{site.callToAction.label}</p>
              <a href={site.callToAction.url}>Get started</a>
            </aside>
          ) : null}
        </article>
        <p className="meta">
          <Link href="/career-paths">All career paths</Link>
        </p>
      </main>
      <SiteFooter site={site} />
      {preview ? null : <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(occupationJsonLd(entry, site)) }} />}
    </>
  )
}
