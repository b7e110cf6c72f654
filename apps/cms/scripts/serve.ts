/**
 * The production HTTP server: Next's request handler behind a plain Node
 * server, which does what must happen before Next reads a request:
 * - records the address each request came from in `x-careers-peer`,
 *   overwriting whatever the client sent (Next only fills X-Forwarded-For when
 *   the client sent none, so that header is the client's to choose, and
 *   per-client rate limits need an address it cannot);
 * - caps API request bodies (CAREERS_MAX_BODY, 1 MB): 413 before Next reads
 *   one (a route handler reads a body whole, however large; the admin's server
 *   actions have Next's own streamed limit);
 * - on SIGTERM or SIGINT stops taking connections, answers the requests in
 *   flight (up to 30 s), then exits 0.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import next from 'next'
import { capRequestBody, lingering, maxBodyBytes } from '../src/security/body-cap'
import { peerHeader } from '../src/security/rate-limits'
import { drainServer, trackResponses } from '../src/serving/graceful-shutdown'
import { appDir } from './with-payload'

const port = Number(process.env.PORT || 3000)
const maxBody = maxBodyBytes()
const app = next({ dev: false, dir: appDir, port })
const handle = app.getRequestHandler()
await app.prepare()

let stopping = false
const { active, track } = trackResponses(() => stopping)

function serve(req: IncomingMessage, res: ServerResponse): void {
  track(res)
  req.headers[peerHeader] = req.socket.remoteAddress ?? ''
  if (req.url?.startsWith('/api/')) capRequestBody(req, res, maxBody, () => void handle(req, res))
  else void handle(req, res)
}

const server = createServer(serve)
// `Expect: 100-continue` (curl's habit for large bodies): a body over the cap is refused before it is sent.
server.on('checkContinue', (req, res) => {
  if (!req.url?.startsWith('/api/') || Number(req.headers['content-length']) <= maxBody) res.writeContinue()
  serve(req, res)
})

// Idle keep-alive connections outlive the clients' own timeouts (undici: 4 s, load balancers: 60 s),
// so the server never closes one just as a client sends on it (seen as ECONNRESET under load).
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(port, () => console.log(`Serving on http://localhost:${port}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: finishing ${active.size} request(s) in flight, taking no more`)
    for (const socket of lingering) socket.destroy()
    drainServer(server, active, () => process.exit(0))
  })
}
