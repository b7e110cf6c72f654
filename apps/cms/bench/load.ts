/**
 * Load on one address with autocannon, and the latency of one reader's
 * requests while other clients load another address.
 */
import http from 'node:http'
import autocannon from 'autocannon'

export interface LoadOptions {
  connections: number
  seconds: number
  headers?: Record<string, string>
  /** The answer a request should get: 304 for a conditional one. */
  expect: 200 | 304
}

export interface Measured {
  /** Responses within the run (requests still in flight when it ended are not counted). */
  responses: number
  reqPerSec: number
  p50: number
  p99: number
  /** Statuses other than 2xx and 304, connection errors and timeouts. */
  errors: number
  /** Every status seen, e.g. `{ "200": 5123 }`. */
  statuses: Record<string, number>
  /** Warnings worth printing beside the row: a conditional request answered 200, errors by status. */
  notes: string[]
}

/** One request on its own, its body read to the end: its time in ms (the route's cost without a queue in front of it). */
export async function timeOne(url: string, headers: Record<string, string> = {}): Promise<number> {
  const started = performance.now()
  const response = await fetch(url, { headers })
  await response.arrayBuffer()
  return performance.now() - started
}

/** Generous: a slow route's latency is what is measured, not a timeout. */
const timeoutSeconds = 60

export async function load(url: string, options: LoadOptions): Promise<Measured> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
    timeout: timeoutSeconds,
  })
  const statuses: Record<string, number> = {}
  for (const [code, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) statuses[code] = count
  const bad = Object.entries(statuses).filter(([code]) => !(code.startsWith('2') || code === '304'))
  const notes: string[] = []
  if (bad.length) notes.push(`answers ${bad.map(([code, n]) => `${code}×${n}`).join(', ')}`)
  if (result.errors) notes.push(`${result.errors} connection errors (${result.timeouts} timeouts after ${timeoutSeconds} s)`)
  const unexpected = Object.entries(statuses).filter(([code]) => Number(code) !== options.expect && (code.startsWith('2') || code === '304'))
  if (unexpected.length) notes.push(`expected ${options.expect}, got ${unexpected.map(([code, n]) => `${code}×${n}`).join(', ')}`)
  const responses = Object.values(statuses).reduce((a, b) => a + b, 0)
  return {
    responses,
    // Over the whole run: autocannon's per-second average rounds a slow route's few responses away.
    reqPerSec: responses / (result.duration || options.seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: bad.reduce((sum, [, n]) => sum + n, 0) + result.errors,
    statuses,
    notes,
  }
}

export interface LatencyUnderLoad {
  /** Sequential requests of the measured reader. */
  count: number
  /** Of those, how many got no answer within `timeoutMs` (their time counts as the timeout). */
  timedOut: number
  timeoutMs: number
  p50: number
  max: number
  errors: number
  /** Responses the loading clients got meanwhile. */
  loadResponses: number
  loadErrors: number
}

/** One GET on `agent`'s connections, the body read to its end: its status and time. */
function timedGet(agent: http.Agent, url: string, timeoutMs = timeoutSeconds * 1000): Promise<{ status: number; ms: number }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const request = http.get(url, { agent, timeout: timeoutMs }, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }))
      response.on('error', () => resolve({ status: 0, ms: performance.now() - started }))
    })
    request.on('timeout', () => request.destroy(new Error('timeout')))
    request.on('error', () => resolve({ status: 0, ms: performance.now() - started }))
  })
}

/** The reader may wait long behind the feed (a minute was seen with 1,000 entries): longer than a load request, so its worst is a time, not a timeout. */
const readerTimeoutMs = 180_000

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0

/**
 * `clients` connections read `loadUrl` in a loop for `seconds`, while one more
 * connection reads `url` one request after another: how long one reader waits
 * behind the others' work.
 */
export async function latencyUnderLoad(url: string, loadUrl: string, clients: number, seconds: number): Promise<LatencyUnderLoad> {
  const loadAgent = new http.Agent({ keepAlive: true, maxSockets: clients })
  const readerAgent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  let loading = true
  let loadResponses = 0
  let loadErrors = 0
  const loaders = Array.from({ length: clients }, async () => {
    while (loading) {
      const { status } = await timedGet(loadAgent, loadUrl)
      if (status === 200 || status === 304) loadResponses++
      else loadErrors++
    }
  })
  try {
    // The loading clients' first requests are in flight before the reader starts.
    await new Promise((r) => setTimeout(r, 300))
    const times: number[] = []
    let errors = 0
    let timedOut = 0
    const deadline = performance.now() + seconds * 1000
    while (performance.now() < deadline) {
      const { status, ms } = await timedGet(readerAgent, url, readerTimeoutMs)
      times.push(Math.min(ms, readerTimeoutMs))
      if (status !== 200) errors++
      if (status === 0 && ms >= readerTimeoutMs) timedOut++
    }
    loading = false
    await Promise.all(loaders)
    const sorted = [...times].sort((a, b) => a - b)
    return { count: times.length, timedOut, timeoutMs: readerTimeoutMs, p50: percentile(sorted, 50), max: sorted[sorted.length - 1] ?? 0, errors, loadResponses, loadErrors }
  } finally {
    loading = false
    loadAgent.destroy()
    readerAgent.destroy()
  }
}
