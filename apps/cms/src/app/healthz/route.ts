/**
 * `GET /healthz`: 200 `ok` while the process lives. It touches no database and
 * does not import Payload, so it is also the app's cheapest route: the bench
 * (bench/run.ts) measures every served route against it, i.e. against what
 * Next.js and scripts/serve.ts cost before our own work starts.
 */
export const dynamic = 'force-dynamic'

export function GET(): Response {
  return new Response('ok\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}
