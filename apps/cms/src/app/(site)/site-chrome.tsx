import Link from 'next/link'
import { feedPath, indexPath } from '@careers/publishing/contract'

/** The site's name, linking to the index of the page's locale. */
export function SiteHeader({ siteName, locale }: { siteName: string; locale?: string }) {
  return (
    <header className="site">
      <div className="wrap">
        <Link href={`/${indexPath(locale)}`}>{siteName}</Link>
      </div>
    </header>
  )
}

/** The site's name and the feed of the page's locale. */
export function SiteFooter({ siteName, locale }: { siteName: string; locale?: string }) {
  return (
    <footer className="site">
      <div className="wrap">
        {siteName} · <a href={`/${feedPath(locale)}`}>JSON Feed</a>
      </div>
    </footer>
  )
}
