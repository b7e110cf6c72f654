import Link from 'next/link'

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="site">
      <div className="wrap">
        <Link href="/career-paths">{siteName}</Link>
      </div>
    </header>
  )
}

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="site">
      <div className="wrap">
        {siteName} · <a href="/feed.json">JSON Feed</a>
      </div>
    </footer>
  )
}
