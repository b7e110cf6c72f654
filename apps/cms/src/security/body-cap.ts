import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** The default cap on a request body: far past any JSON an editor sends (the largest career path is under 100 kB). */
export const defaultMaxBody = 1024 * 1024

/** How long a refused client may go on sending (discarded) so it reads the 413 instead of a reset; then the connection is cut. */
export const lingerMs = 30_000

/** Connections of refused clients still sending: answered already, so a stopping server cuts them at once. */
export const lingering = new Set<Socket>()

const units: Record<string, number> = { b: 1, k: 1024, kb: 1024, m: 1024 * 1024, mb: 1024 * 1024 }

/** `CAREERS_MAX_BODY`: bytes, or with a unit (`512kb`, `2mb`); unset, 1 MB. Anything else is refused by name. */
export function maxBodyBytes(value = process.env.CAREERS_MAX_BODY): number {
  if (!value?.trim()) return defaultMaxBody
  const match = value.trim().match(/^(\d+)\s*(b|kb?|mb?)?$/i)
  if (!match || Number(match[1]) === 0) throw new Error(`CAREERS_MAX_BODY must be a size in bytes, e.g. 1048576, 512kb or 2mb (got "${value}")`)
  return Number(match[1]) * units[(match[2] ?? 'b').toLowerCase()]!
}

/**
 * 413 for a body over the cap. The rest of it is not read into memory: Node
 * discards what still comes, and a client still sending after `lingerMs` has
 * its connection cut (so nobody ties one up with an endless body).
 */
function refuse(req: IncomingMessage, res: ServerResponse, limit: number): void {
  res.writeHead(413, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
  res.end(JSON.stringify({ errors: [{ message: `The request body is larger than ${limit} bytes (CAREERS_MAX_BODY).` }] }))
  const socket = req.socket
  lingering.add(socket)
  const cut = setTimeout(() => socket.destroy(), lingerMs)
  cut.unref()
  const done = () => {
    clearTimeout(cut)
    lingering.delete(socket)
  }
  req.once('end', done)
  req.once('close', done)
  req.resume()
}

type Push = (chunk: unknown, encoding?: BufferEncoding) => boolean

/**
 * Lets `req` on to `next` only with a body of at most `limit` bytes; answers
 * 413 otherwise, before anything reads it. A declared Content-Length is judged
 * at once. A body of unknown length (chunked) is counted as the socket
 * delivers it, by taking the chunks Node's parser pushes into the request
 * stream: refused the moment it passes the cap, or, once complete, handed to
 * `next` as it came (at most `limit` bytes held meanwhile, as Next would).
 */
export function capRequestBody(req: IncomingMessage, res: ServerResponse, limit: number, next: () => void): void {
  const declared = req.headers['content-length']
  if (declared !== undefined) {
    if (Number(declared) > limit) refuse(req, res, limit)
    else next()
    return
  }
  if (req.headers['transfer-encoding'] === undefined) {
    next()
    return
  }
  const stream = req as IncomingMessage & { push: Push }
  const push = stream.push.bind(stream)
  const held: { chunk: unknown; encoding?: BufferEncoding }[] = []
  let received = 0
  let refused = false
  stream.push = (chunk, encoding) => {
    if (chunk === null) {
      stream.push = push
      if (refused) return push(null)
      next()
      for (const c of held) push(c.chunk, c.encoding)
      return push(null)
    }
    if (refused) return true
    received += (chunk as Buffer).length
    if (received > limit) {
      refused = true
      held.length = 0
      refuse(req, res, limit)
      return true
    }
    held.push({ chunk, encoding })
    return true
  }
}
