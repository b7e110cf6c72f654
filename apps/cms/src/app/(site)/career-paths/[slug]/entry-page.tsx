import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { LivePreviewRefresh } from '../../../../components/LivePreviewRefresh'
import { unlessUnreachable, unreachable } from '../../../../serving/database-unavailable'
import { entryPath, indexPath, type ServedFormat } from '@careers/publishing/contract'
import { scriptJson } from '../../../../serving/occupation-json-ld'
import { previewPage, publishedPage, type EntryPage as EntryPageResult } from '../../../../serving/entry-page-content'
import { defaultLocale, locales, type Locale } from '@careers/career-path'
import { SiteFooter, SiteHeader } from '../../site-chrome'
import { Unavailable, unavailableMetadata } from '../../unavailable'

export type Args = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** `?preview=<id>` (the admin's live preview) shows that entry's newest draft, to signed-in staff only. */
async function pageOf({ params, searchParams }: Args, locale: Locale): Promise<EntryPageResult | undefined> {
  const { slug } = await params
  // Live preview, in the locale the admin edits: `/<locale>/career-paths/<slug>?preview=<id>`.
  const { preview } = await searchParams
  if (typeof preview !== 'string' || !/^[\w-]{1,64}$/.test(preview)) return publishedPage(slug, locale)
  return previewPage(slug, preview, locale)
}

export async function entryPageMetadata(args: Args, locale: Locale = defaultLocale): Promise<Metadata> {
  // Metadata errors escape the page's error boundary; the page itself reports an unreachable database.
  const found = await unlessUnreachable(pageOf(args, locale))
  if (found === unreachable) return unavailableMetadata
  if (!found) return { title: 'Not found' }
  if (found.kind === 'rendering') return { title: locales[locale].labels.site.beingPublished.title, robots: { index: false } }
  const { page } = found
  if (found.kind === 'preview') return { title: `Preview: ${page.heading}`, robots: { index: false, follow: false } }
  return {
    title: `${page.heading} · ${page.siteName}`,
    description: page.description,
    alternates: {
      canonical: page.canonical,
      // The page in each locale it is published in (and x-default), as its render listed them.
      languages: Object.fromEntries((page.alternates ?? []).map((a) => [a.hreflang, a.href])),
      types: { 'text/markdown': `/${entryPath(locale, page.slug, 'md')}`, 'application/pdf': `/${entryPath(locale, page.slug, 'pdf')}` },
    },
  }
}

/** The entry's page in a locale as its render job stored it: one read by key (a draft is rendered here for staff's live preview only). */
export async function EntryPage({ args, locale = defaultLocale }: { args: Args; locale?: Locale }) {
  const found = await unlessUnreachable(pageOf(args, locale))
  if (found === unreachable) return <Unavailable />
  if (!found) notFound()
  if (found.kind === 'rendering') return <BeingPublished locale={locale} />
  const { page } = found
  const preview = found.kind === 'preview'
  const file = (format: ServedFormat) => `/${entryPath(locale, page.slug, format)}`
  const words = locales[locale].labels.site
  const others = (page.alternates ?? []).flatMap(({ locale: l, hreflang, href }) => (l === 'x-default' || l === locale ? [] : [{ locale: l, hreflang, href }]))
  return (
    <>
      {preview ? <LivePreviewRefresh /> : null}
      <SiteHeader siteName={page.siteName} locale={locale} />
      <main id="main" className="wrap">
        <article>
          {preview ? (
            <p className="preview-note" role="status">
              Preview of the newest draft. Readers see the published version until this is published.
            </p>
          ) : null}
          <h1>{page.heading}</h1>
          {page.updated ? <p className="meta">{words.updated(page.updated)}</p> : null}
          {preview ? null : (
            <ul className="downloads" aria-label={words.downloads}>
              <li>
                <a href={file('pdf')} download>
                  {words.downloadHandout}
                </a>
              </li>
              <li>
                <a href={file('md')}>Markdown</a>
              </li>
              <li>
                <a href={file('json')}>JSON</a>
              </li>
            </ul>
          )}
          {/* Sanitized by the publishing package (rehype-sanitize): the same HTML as the feed's content_html. */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by the publishing package at render time */}
          <div dangerouslySetInnerHTML={{ __html: page.html }} />
          {page.callToAction.label ? (
            <aside className="cta" aria-label={words.getStarted}>
              <p>{page.callToAction.label}</p>
              <a href={page.callToAction.url}>{words.getStarted}</a>
            </aside>
          ) : null}
        </article>
        {others.length && !preview ? (
          <nav className="meta" aria-label={words.otherLanguages}>
            {words.otherLanguages}:{' '}
            {others.map((a, i) => (
              <span key={a.locale}>
                {i ? ' · ' : ''}
                <a href={a.href} hrefLang={a.hreflang} lang={a.hreflang}>
                  {locales[a.locale].name}
                </a>
              </span>
            ))}
          </nav>
        ) : null}
        <p className="meta">
          <Link href={`/${indexPath(locale)}`}>{words.allEntries}</Link>
        </p>
      </main>
      <SiteFooter siteName={page.siteName} locale={locale} />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON with `<` escaped (scriptJson), so it cannot end the script */}
      {preview ? null : <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(page.jsonLd) }} />}
    </>
  )
}

/** Published moments ago: the page is being made (its files answer 503 meanwhile), said in the page's locale, linking to its index. */
function BeingPublished({ locale }: { locale: Locale }) {
  const words = locales[locale].labels.site.beingPublished
  return (
    <main id="main" className="wrap">
      <h1>{words.heading}</h1>
      <p>{words.note}</p>
      <p>
        <Link href={`/${indexPath(locale)}`}>{words.seeAll}</Link>
      </p>
    </main>
  )
}
