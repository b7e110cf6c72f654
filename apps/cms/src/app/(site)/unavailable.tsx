import type { Metadata } from 'next'
import Link from 'next/link'

/** Metadata of a page shown while the database cannot be reached: not for search engines to keep. */
export const unavailableMetadata: Metadata = { title: 'Unavailable for a moment', robots: { index: false, follow: false } }

/**
 * What a page shows while the database cannot be reached (the files and the
 * feed answer 503 then). Rendered by the page itself, in the server's HTML: a
 * page cannot set its status, and an error boundary would only show after the
 * browser has run the page's scripts.
 */
export function Unavailable() {
  return (
    <main id="main" className="wrap">
      <h1>This page is unavailable for a moment</h1>
      <p>The career paths could not be loaded just now. Please try again in a minute.</p>
      <p>
        <Link href="/career-paths">See all career paths</Link>
      </p>
    </main>
  )
}
