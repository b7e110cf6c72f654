// `npm run bench` (CMS part): requests per second and p99 latency of the served
// routes, stored bytes against Payload's own REST list, on one production server
// on loopback. Each route gets the same load for the same bounded time.
import autocannon from 'autocannon'
import { startAppServer } from '../test/support/app-server'

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)

const routes = [
  ['/feed.json', 'JSON Feed (stored feed items)', false],
  ['/career-paths/backend-developer.pdf', 'PDF handout (stored bytes)', false],
  ['/career-paths/backend-developer.pdf', 'PDF handout, If-None-Match → 304', true],
  ['/career-paths/backend-developer.md', 'Markdown (stored bytes)', false],
  ['/api/career-paths?limit=100', "Payload's REST list, limit 100", false],
] as const

// One client asking thousands of times: the per-client handout limit would answer 429 after 60.
const app = await startAppServer({ CAREERS_RATE_LIMIT_PDF: '100000000/60' })
try {
  const rows: string[] = []
  for (const [path, label, conditional] of routes) {
    const url = `${app.url}${path}`
    const first = await fetch(url) // the first request may render and store
    await first.arrayBuffer()
    const etag = first.headers.get('etag')
    const headers: Record<string, string> = conditional && etag ? { 'If-None-Match': etag } : {}
    const result = await autocannon({ url, connections, duration: seconds, headers })
    // A 304 is the expected answer to a conditional request, not a failure.
    const failed = (conditional ? result.non2xx - (result['3xx'] ?? 0) : result.non2xx) + result.errors + result.timeouts
    rows.push(`| ${label} | \`GET ${path}\` | ${Math.round(result.requests.average).toLocaleString('en')} | ${result.latency.p99} ms | ${failed} |`)
  }
  console.log(`\nServed routes: ${connections} connections, ${seconds} s each, npm start's server on 127.0.0.1, SQLite\n`)
  console.log('| route | request | req/s | p99 | failed |')
  console.log('| --- | --- | ---: | ---: | ---: |')
  for (const row of rows) console.log(row)
} finally {
  await app.stop()
}
