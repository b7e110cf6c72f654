/**
 * The machine's limit for serving a stored file: a plain `node:http` server
 * answering with the same bytes from memory (and its 304), in a worker thread
 * of the bench process, so that it does not share an event loop with the load
 * generator. The app's own floor is its /healthz route (src/app/healthz/route.ts).
 */
import { Worker } from 'node:worker_threads'

// Plain JavaScript: an eval'd worker runs as a CommonJS script, without tsx.
const serverSource = `
const { parentPort, workerData } = require('node:worker_threads')
const http = require('node:http')
const body = Buffer.from(workerData.body)
const { contentType, etag } = workerData
const server = http.createServer((req, res) => {
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag })
    res.end()
    return
  }
  res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length, ETag: etag })
  res.end(body)
})
server.keepAliveTimeout = 65000
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port))
`

export interface PlainServer {
  url: string
  close: () => Promise<void>
}

export async function startPlainServer(body: Uint8Array, contentType: string, etag: string): Promise<PlainServer> {
  const worker = new Worker(serverSource, { eval: true, workerData: { body, contentType, etag } })
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`the plain server's worker exited with ${code}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await worker.terminate()
    },
  }
}
