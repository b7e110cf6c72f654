'use client'

/**
 * What a reader sees when a page cannot be made, usually because the database
 * is unreachable for a moment (the files and the feed answer 503 then).
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="wrap">
      <h1>This page is unavailable for a moment</h1>
      <p>The career paths could not be loaded just now. Please try again in a minute.</p>
      <p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>
      </p>
    </main>
  )
}
