'use client'

/**
 * The last resort, when even a layout or a page's metadata cannot be made:
 * usually the database unreachable for a moment (the files and the feed
 * answer 503 then). Next renders it instead of the root layout, hence its own html.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ font: '17px/1.6 system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1.25rem' }}>
        <main>
          <h1>This page is unavailable for a moment</h1>
          <p>The career paths could not be loaded just now. Please try again in a minute.</p>
          <button type="button" onClick={() => reset()}>
            Try again
          </button>
        </main>
      </body>
    </html>
  )
}
