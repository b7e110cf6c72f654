import type { Metadata } from 'next'
import Link from 'next/link'
import { siteSettings } from '../../../entries/site-settings'
import { defaultLocale } from '../../../publication/file-keys'
import { unlessUnreachable, unreachable } from '../../../site/database-unavailable'
import { indexPage } from '../../../site/index-page'
import { publicPayload } from '../../../site/public-content'
import { SiteFooter, SiteHeader } from '../site-chrome'
import { Unavailable, unavailableMetadata } from '../unavailable'

export const dynamic = 'force-dynamic'

type Args = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value : undefined)

export async function generateMetadata(): Promise<Metadata> {
  // Metadata errors escape the page's error boundary; the page itself reports an unreachable database.
  const site = await unlessUnreachable(publicPayload().then((payload) => siteSettings(payload)))
  if (site === unreachable) return unavailableMetadata
  return { title: `Career paths · ${site.siteName}`, description: site.feed.description, alternates: { types: { 'application/feed+json': '/feed.json' } } }
}

/** The address of another page of this list, keeping the search and the tag. */
function listHref(query: { q?: string; tag?: string; page?: number }): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  if (query.tag) params.set('tag', query.tag)
  if (query.page && query.page > 1) params.set('page', String(query.page))
  const text = params.toString()
  return text ? `/career-paths?${text}` : '/career-paths'
}

/** `/career-paths[?q=words&tag=t&page=N]`: published entries by title, 50 a page, searchable and filterable, one query a page. */
export default async function CareerPathIndex({ searchParams }: Args) {
  const params = await searchParams
  const q = one(params.q)?.trim() || undefined
  const tag = one(params.tag)?.trim() || undefined
  const payload = await publicPayload()
  const loaded = await unlessUnreachable(Promise.all([siteSettings(payload), indexPage(payload, { locale: defaultLocale, search: q, tag, page: Number(one(params.page) ?? 1) })]))
  if (loaded === unreachable) return <Unavailable />
  const [site, list] = loaded
  const filtered = Boolean(q || tag)
  return (
    <>
      <SiteHeader siteName={site.siteName} />
      <main id="main" className="wrap">
        <h1>Career paths</h1>
        <p className="meta">{site.feed.description}</p>
        {list.entries.length || filtered ? (
          <p>
            {/* A file, not a page: a plain link, so the browser downloads it instead of Next routing to it. */}
            <a href="/career-paths.pdf" download="career-paths.pdf">
              Download every career path as one PDF
            </a>
          </p>
        ) : null}
        <search>
          <form className="search" action="/career-paths" method="get">
            <label htmlFor="q">Search by title</label>
            <input id="q" name="q" type="search" defaultValue={q ?? ''} maxLength={100} />
            {tag ? <input type="hidden" name="tag" value={tag} /> : null}
            <button type="submit">Search</button>
          </form>
        </search>
        {filtered ? (
          <p className="meta">
            {q ? <>Titles with “{q}”</> : null}
            {q && tag ? ', ' : null}
            {tag ? <>tagged “{tag}”</> : null} · <Link href="/career-paths">Show all</Link>
          </p>
        ) : null}
        {list.entries.length === 0 ? <p>{filtered ? 'No published career path matches.' : 'No career paths are published yet.'}</p> : null}
        <ul className="entries">
          {list.entries.map((entry) => (
            <li key={entry.slug}>
              <Link href={`/career-paths/${entry.slug}`}>{entry.title}</Link>
              <p>{entry.summary}</p>
              {entry.tags.length ? (
                <p className="tags">
                  {entry.tags.map((t) => (
                    <Link key={t} href={listHref({ tag: t })} aria-label={`Career paths tagged ${t}`}>
                      {t}
                    </Link>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
        {list.page > 1 || list.hasNext ? (
          <nav className="pages" aria-label="Pages">
            {list.page > 1 ? (
              <Link href={listHref({ q, tag, page: list.page - 1 })} rel="prev">
                ← Previous
              </Link>
            ) : null}
            <span>Page {list.page}</span>
            {list.hasNext ? (
              <Link href={listHref({ q, tag, page: list.page + 1 })} rel="next">
                Next →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </main>
      <SiteFooter siteName={site.siteName} />
    </>
  )
}
