// `npm run bench` (CMS part): requests per second and p99 latency of the served
// routes, stored bytes against Payload's own REST list, on one production server
// on loopback. Each route gets the same load for the same bounded time.
import autocannon from 'autocannon'
import { startAppServer } from '../test/support/app-server'

const seconds = Number(process.env.BENCH_SECONDS ?? 8)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10)

const routes = [
  ['/feed.json', 'JSON Feed (stored feed items)'],
  ['/career-paths/backend-developer.pdf', 'PDF handout (stored bytes)'],
  ['/career-paths/backend-developer.md', 'Markdown (stored bytes)'],
  ['/api/career-paths?limit=100', "Payload's REST list, limit 100"],
] as const

const app = await startAppServer()
try {
  const rows: string[] = []
  for (const [path, label] of routes) {
    const url = `${app.url}${path}`
    await fetch(url).then((r) => r.arrayBuffer()) // the first request may render and store
    const result = await autocannon({ url, connections, duration: seconds })
    const failed = result.non2xx + result.errors + result.timeouts
    rows.push(`| ${label} | \`GET ${path}\` | ${Math.round(result.requests.average).toLocaleString('en')} | ${result.latency.p99} ms | ${failed} |`)
  }
  console.log(`\nServed routes: ${connections} connections, ${seconds} s each, next start on 127.0.0.1, SQLite\n`)
  console.log('| route | request | req/s | p99 | failed |')
  console.log('| --- | --- | ---: | ---: | ---: |')
  for (const row of rows) console.log(row)
} finally {
  await app.stop()
}
