import { definitionLead } from '@careers/publishing'
import type { Metadata } from 'next'
import Link from 'next/link'
import { allPublishedEntries } from '../../../entries/load-entries'
import { siteSettings } from '../../../entries/site-settings'
import { isDatabaseUnavailable, noteDatabaseError } from '../../../site/database-unavailable'
import { publicPayload } from '../../../site/public-content'
import { SiteFooter, SiteHeader } from '../site-chrome'

export const dynamic = 'force-dynamic'

export async function generateMetadata(): Promise<Metadata> {
  // Metadata errors escape the page's error boundary; the page itself reports an unreachable database.
  const site = await publicPayload()
    .then(siteSettings)
    .catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) return undefined
      throw error
    })
  if (!site) return { title: 'Career paths' }
  return { title: `Career paths · ${site.siteName}`, description: site.feed.description, alternates: { types: { 'application/feed+json': '/feed.json' } } }
}

export default async function CareerPathIndex() {
  const payload = await publicPayload()
  const [entries, site] = await Promise.all([allPublishedEntries({ payload }), siteSettings(payload)]).catch(noteDatabaseError)
  const sorted = entries.map((e) => e.entry).sort((a, b) => a.title.localeCompare(b.title, site.language))
  return (
    <>
      <SiteHeader site={site} />
      <main id="main" className="wrap">
        <h1>Career paths</h1>
        <p className="meta">{site.feed.description}</p>
        {sorted.length === 0 ? <p>No career paths are published yet.</p> : null}
        <ul className="entries">
          {sorted.map((entry) => (
            <li key={entry.slug}>
              <Link href={`/career-paths/${entry.slug}`}>{entry.title}</Link>
              <p>{definitionLead(entry, 160)}</p>
            </li>
          ))}
        </ul>
      </main>
      <SiteFooter site={site} />
    </>
  )
}
