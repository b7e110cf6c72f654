/**
 * The production HTTP server: Next's request handler behind a plain Node
 * server, for one reason: it records the address each request came from in
 * `x-careers-peer`, overwriting whatever the client sent. Next itself only
 * fills X-Forwarded-For when the client sent none, so that header is the
 * client's to choose, and per-client rate limits need an address it cannot.
 */
import { createServer } from 'node:http'
import next from 'next'
import { peerHeader } from '../src/security/rate-limits'
import { appDir } from './with-payload'

const port = Number(process.env.PORT || 3000)
const app = next({ dev: false, dir: appDir, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  req.headers[peerHeader] = req.socket.remoteAddress ?? ''
  void handle(req, res)
})

// Idle keep-alive connections outlive the clients' own timeouts (undici: 4 s, load balancers: 60 s),
// so the server never closes one just as a client sends on it (seen as ECONNRESET under load).
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(port, () => console.log(`Serving on http://localhost:${port}`))
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
