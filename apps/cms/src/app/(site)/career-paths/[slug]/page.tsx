import { pageTitle } from '@careers/career-path'
import { definitionLead, entryUrls, renderEntryHtml } from '@careers/publishing'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { occupationJsonLd, scriptJson } from '../../../../site/public-content'
import { publishedPage } from '../../../../site/serve-outputs'
import { SiteFooter, SiteHeader } from '../../site-chrome'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const found = await publishedPage((await params).slug)
  if (!found) return { title: 'Not found' }
  return {
    title: `${pageTitle(found.entry.title)} · ${found.site.siteName}`,
    description: definitionLead(found.entry, 220),
    alternates: {
      canonical: entryUrls(found.site, found.entry.slug).page,
      types: { 'text/markdown': `/career-paths/${found.entry.slug}.md`, 'application/pdf': `/career-paths/${found.entry.slug}.pdf` },
    },
  }
}

export default async function CareerPathPage({ params }: Args) {
  const found = await publishedPage((await params).slug)
  if (!found) notFound()
  const { entry, site, relatedTitles } = found
  const files = `/career-paths/${entry.slug}`
  return (
    <>
      <SiteHeader site={site} />
      <main id="main" className="wrap">
        <article>
          <h1>{pageTitle(entry.title)}</h1>
          {entry.updated ? <p className="meta">Updated {entry.updated}</p> : null}
          <ul className="downloads" aria-label="Downloads">
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
          </ul>
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
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(occupationJsonLd(entry, site)) }} />
    </>
  )
}
