import { lookup } from 'node:dns/promises'
import { request as httpRequest } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'
import { refusedAddress } from './address-policy'

/** How a host name becomes addresses: `dns.lookup` (the system resolver, as any client would) unless a test stubs it. */
export type Resolver = (hostname: string) => Promise<{ address: string; family: number }[]>

/** Called with the address and port right before a connection is opened; throws to stop it (tests: anything but loopback). */
export type ConnectionGuard = (address: string, port: number) => void

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true })

export interface SendOptions {
  resolver: Resolver
  guard: ConnectionGuard
  allowPrivate: boolean
  timeoutMs: number
  /** Bytes of the response body kept for the log; the rest is never read. */
  excerptBytes: number
}

export type SendResult = { kind: 'answered'; status: number; excerpt: string; durationMs: number } | { kind: 'refused'; reason: string; durationMs: number } | { kind: 'failed'; error: string; durationMs: number }

/**
 * One POST to a webhook endpoint. The host is resolved here, at delivery, and
 * every address it gives is checked (a name may resolve to loopback, and may
 * change between deliveries); the connection then goes to the address that was
 * checked, never to a second lookup's (DNS rebinding). Redirects are answers,
 * not followed; the response is read up to `excerptBytes`, then the
 * connection is dropped; the whole exchange is cut at `timeoutMs`.
 */
export async function sendWebhookRequest(target: string, body: string, headers: Record<string, string>, options: SendOptions): Promise<SendResult> {
  const started = performance.now()
  const took = () => Math.round(performance.now() - started)
  let url: URL
  try {
    url = new URL(target)
  } catch {
    return { kind: 'refused', reason: `${target} is not a URL`, durationMs: took() }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'refused', reason: `${url.protocol} is not http or https`, durationMs: took() }
  if (url.username || url.password) return { kind: 'refused', reason: 'credentials in the URL are not sent', durationMs: took() }
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1')
  let addresses: { address: string; family: number }[]
  try {
    addresses = isIP(hostname) ? [{ address: hostname, family: isIP(hostname) }] : await options.resolver(hostname)
  } catch (error) {
    return { kind: 'failed', error: `cannot resolve ${hostname}: ${error instanceof Error ? error.message : String(error)}`, durationMs: took() }
  }
  if (!addresses.length) return { kind: 'failed', error: `${hostname} has no address`, durationMs: took() }
  if (!options.allowPrivate) {
    for (const { address } of addresses) {
      const why = refusedAddress(address)
      if (why) return { kind: 'refused', reason: `${hostname === address ? '' : `${hostname} resolves to `}${why}; set CAREERS_WEBHOOK_ALLOW_PRIVATE=1 to allow it`, durationMs: took() }
    }
  }
  const { address, family } = addresses[0]!
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80))
  try {
    options.guard(address, port)
  } catch (error) {
    return { kind: 'refused', reason: error instanceof Error ? error.message : String(error), durationMs: took() }
  }
  return new Promise<SendResult>((resolve) => {
    let done = false
    const finish = (result: SendResult) => {
      if (done) return
      done = true
      clearTimeout(timer)
      req.destroy()
      resolve(result)
    }
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest
    const req = request({
      host: address,
      family,
      port,
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      headers: { ...headers, host: url.host, 'content-length': String(Buffer.byteLength(body)) },
      // TLS checks the certificate against the name, while the socket goes to the checked address.
      servername: isIP(hostname) ? undefined : hostname,
      agent: false,
    })
    const timer = setTimeout(() => finish({ kind: 'failed', error: `no answer within ${options.timeoutMs / 1000} s`, durationMs: took() }), options.timeoutMs)
    req.on('error', (error) => finish({ kind: 'failed', error: error.message, durationMs: took() }))
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      let size = 0
      const answered = () => finish({ kind: 'answered', status: res.statusCode ?? 0, excerpt: Buffer.concat(chunks).subarray(0, options.excerptBytes).toString('utf8'), durationMs: took() })
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk)
        size += chunk.length
        if (size >= options.excerptBytes) answered()
      })
      res.on('end', answered)
      res.on('error', answered)
    })
    req.end(body)
  })
}
