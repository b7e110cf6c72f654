import Link from 'next/link'

export default function NotFound() {
  return (
    <main id="main" className="wrap">
      <h1>Page not found</h1>
      <p>There is no published career path at this address. It may have been renamed or not be published yet.</p>
      <p>
        <Link href="/career-paths">See all career paths</Link>
      </p>
    </main>
  )
}
