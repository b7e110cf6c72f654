/**
 * The production HTTP server: Next's request handler behind a plain Node
 * server, for one reason: it records the address each request came from in
 * `x-careers-peer`, overwriting whatever the client sent. Next itself only
 * fills X-Forwarded-For when the client sent none, so that header is the
 * client's to choose, and per-client rate limits need an address it cannot.
 */
import { createServer, type ServerResponse } from 'node:http'
import next from 'next'
import { peerHeader } from '../src/security/rate-limits'
import { databaseRecentlyUnavailable, retryAfterSeconds, unavailableMessage } from '../src/site/database-unavailable'
import { appDir } from './with-payload'

const port = Number(process.env.PORT || 3000)
const app = next({ dev: false, dir: appDir, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  req.headers[peerHeader] = req.socket.remoteAddress ?? ''
  answerOutagesWith503(req.url ?? '', res)
  void handle(req, res)
})

/**
 * A page cannot set its own status: when one fails because the database just
 * became unreachable, Next's 500 and error shell are replaced by a 503 that
 * says so (the files and the feed answer 503 themselves).
 */
function answerOutagesWith503(url: string, res: ServerResponse): void {
  if (url.startsWith('/api/') || url.startsWith('/admin') || url.startsWith('/_next/')) return
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse
  let replaced = false
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (replaced) return res
    if (status !== 500 || !databaseRecentlyUnavailable()) return writeHead(status, ...rest)
    replaced = true
    // Security headers stay, and so does the encoding Next's compression has begun (it encodes what is written next).
    for (const name of res.getHeaderNames()) {
      if (!/^(content-security-policy|x-|referrer-policy|permissions-policy|cross-origin|content-encoding|vary)/i.test(name)) res.removeHeader(name)
    }
    writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' })
    res.write(`${unavailableMessage}\n`)
    // Next's own body goes nowhere; its end() still ends the response.
    const end = res.end.bind(res) as (callback?: () => void) => ServerResponse
    res.write = (() => true) as typeof res.write
    res.end = ((...args: unknown[]) => end(args.find((a): a is () => void => typeof a === 'function'))) as typeof res.end
    return res
  }) as typeof res.writeHead
}
// Idle keep-alive connections outlive the clients' own timeouts (undici: 4 s, load balancers: 60 s),
// so the server never closes one just as a client sends on it (seen as ECONNRESET under load).
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(port, () => console.log(`Serving on http://localhost:${port}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
