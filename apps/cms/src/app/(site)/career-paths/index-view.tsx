import { locales, type Locale } from '@careers/career-path'
import type { Metadata } from 'next'
import Link from 'next/link'
import { siteSettings } from '../../../entries/site-settings'
import { unlessUnreachable, unreachable } from '../../../serving/database-unavailable'
import { indexPage } from '../../../store/index-page'
import { bookPath, entryPath, feedPath, indexPath } from '@careers/publishing/contract'
import { publicPayload } from '../../../serving/public-content'
import { SiteFooter, SiteHeader } from '../site-chrome'
import { Unavailable, unavailableMetadata } from '../unavailable'

export type IndexArgs = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

export async function indexMetadata(locale: Locale): Promise<Metadata> {
  // Metadata errors escape the page's error boundary; the page itself reports an unreachable database.
  const site = await unlessUnreachable(publicPayload().then((payload) => siteSettings(payload, undefined, locale)))
  if (site === unreachable) return unavailableMetadata
  const words = locales[locale].labels.site.index
  return { title: `${words.title} · ${site.siteName}`, description: site.feed.description, alternates: { types: { 'application/feed+json': `/${feedPath(locale)}` } } }
}

/**
 * `/career-paths[?q=words&tag=t&page=N]`, and `/<locale>/career-paths`: the
 * entries published in the locale by title, 50 a page, searchable and
 * filterable, one query a page; in the locale's words and settings.
 */
export async function IndexView({ locale, searchParams }: IndexArgs & { locale: Locale }) {
  const params = await searchParams
  const q = one(params.q)?.trim() || undefined
  const tag = one(params.tag)?.trim() || undefined
  const payload = await publicPayload()
  const loaded = await unlessUnreachable(Promise.all([siteSettings(payload, undefined, locale), indexPage(payload, { locale, search: q, tag, page: Number(one(params.page) ?? 1) })]))
  if (loaded === unreachable) return <Unavailable />
  const [site, list] = loaded
  const words = locales[locale].labels.site.index
  const base = `/${indexPath(locale)}`
  /** The address of another page of this list, keeping the search and the tag. */
  const listHref = (query: { q?: string; tag?: string; page?: number }) => {
    const search = new URLSearchParams()
    if (query.q) search.set('q', query.q)
    if (query.tag) search.set('tag', query.tag)
    if (query.page && query.page > 1) search.set('page', String(query.page))
    const text = search.toString()
    return text ? `${base}?${text}` : base
  }
  const filtered = Boolean(q || tag)
  return (
    <>
      <SiteHeader siteName={site.siteName} locale={locale} />
      <main id="main" className="wrap">
        <h1>{words.title}</h1>
        <p className="meta">{site.feed.description}</p>
        {list.entries.length || filtered ? (
          <p>
            {/* A file, not a page: a plain link, so the browser downloads it instead of Next routing to it. */}
            <a href={`/${bookPath(locale)}`} download="career-paths.pdf">
              {words.downloadBook}
            </a>
          </p>
        ) : null}
        <search>
          <form className="search" action={base} method="get">
            <label htmlFor="q">{words.searchLabel}</label>
            <input id="q" name="q" type="search" defaultValue={q ?? ''} maxLength={100} />
            {tag ? <input type="hidden" name="tag" value={tag} /> : null}
            <button type="submit">{words.search}</button>
          </form>
        </search>
        {filtered ? (
          <p className="meta">
            {q ? words.titlesWith(q) : null}
            {q && tag ? ', ' : null}
            {tag ? words.tagged(tag) : null} · <Link href={base}>{words.showAll}</Link>
          </p>
        ) : null}
        {list.entries.length === 0 ? <p>{filtered ? words.noMatch : words.noneYet}</p> : null}
        <ul className="entries">
          {list.entries.map((entry) => (
            <li key={entry.slug}>
              <Link href={`/${entryPath(locale, entry.slug)}`}>{entry.title}</Link>
              <p>{entry.summary}</p>
              {entry.tags.length ? (
                <p className="tags">
                  {entry.tags.map((t) => (
                    <Link key={t} href={listHref({ tag: t })} aria-label={words.taggedLink(t)}>
                      {t}
                    </Link>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {list.page > 1 || list.hasNext ? (
          <nav className="pages" aria-label={words.pages}>
            {list.page > 1 ? (
              <Link href={listHref({ q, tag, page: list.page - 1 })} rel="prev">
                {words.previous}
              </Link>
            ) : null}
            <span>{locales[locale].labels.page(list.page)}</span>
            {list.hasNext ? (
              <Link href={listHref({ q, tag, page: list.page + 1 })} rel="next">
                {words.next}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </main>
      <SiteFooter siteName={site.siteName} locale={locale} />
    </>
  )
}
