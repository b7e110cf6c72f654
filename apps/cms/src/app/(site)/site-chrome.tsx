import type { SiteSettings } from '@careers/publishing'
import Link from 'next/link'

export function SiteHeader({ site }: { site: SiteSettings }) {
  return (
    <header className="site">
      <div className="wrap">
        <Link href="/career-paths">{site.siteName}</Link>
      </div>
    </header>
  )
}

export function SiteFooter({ site }: { site: SiteSettings }) {
  return (
    <footer className="site">
      <div className="wrap">
        {site.siteName} · <a href="/feed.json">JSON Feed</a>
      </div>
    </footer>
  )
}
