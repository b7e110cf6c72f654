import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { createRateLimiter, storedKey } from './rate-limit-store'

/**
 * Requests a client may make per window, by kind: guessing passwords, flooding
 * someone's inbox with reset mails, and PDF renders (the costly route). On
 * PostgreSQL counted in the database, so any number of servers enforce one
 * limit; on SQLite (one server) and MongoDB in this server's memory (see
 * rate-limit-store.ts). Overridable for a deployment, e.g.
 * `CAREERS_RATE_LIMIT_LOGIN=20/60` (requests/seconds).
 */
const defaults = {
  login: { points: 10, duration: 60 },
  passwordReset: { points: 5, duration: 15 * 60 },
  /** Per account, whoever asks: nobody's inbox is flooded from many addresses. */
  passwordResetAccount: { points: 3, duration: 15 * 60 },
  pdf: { points: 60, duration: 60 },
} as const

export type RateLimitKind = keyof typeof defaults

const envNames: Record<RateLimitKind, string> = {
  login: 'CAREERS_RATE_LIMIT_LOGIN',
  passwordReset: 'CAREERS_RATE_LIMIT_PASSWORD_RESET',
  passwordResetAccount: 'CAREERS_RATE_LIMIT_PASSWORD_RESET_ACCOUNT',
  pdf: 'CAREERS_RATE_LIMIT_PDF',
}

function setting(kind: RateLimitKind): { points: number; duration: number } {
  const raw = process.env[envNames[kind]]
  const match = raw?.match(/^(\d+)\/(\d+)$/)
  return match ? { points: Number(match[1]), duration: Number(match[2]) } : defaults[kind]
}

// One set per process: Next loads route modules separately, so the map lives on globalThis.
const store = globalThis as typeof globalThis & { careersRateLimiters?: Map<RateLimitKind, RateLimiterAbstract> }
function limiter(kind: RateLimitKind): RateLimiterAbstract {
  store.careersRateLimiters ??= new Map()
  let found = store.careersRateLimiters.get(kind)
  if (!found) {
    found = createRateLimiter({ keyPrefix: kind, ...setting(kind) })
    store.careersRateLimiters.set(kind, found)
  }
  return found
}

/** Set by the production server (scripts/serve.ts) to the address the request came from. */
export const peerHeader = 'x-careers-peer'

/**
 * The client's address: the peer the server saw. Behind reverse proxies, set
 * CAREERS_TRUSTED_PROXIES to how many there are: the address the outermost one
 * appended to X-Forwarded-For is used (entries further left are the client's
 * own claims, and never trusted).
 */
export function clientAddress(headers: Headers): string {
  const peer = headers.get(peerHeader) || 'unknown'
  const trusted = Math.max(0, Math.floor(Number(process.env.CAREERS_TRUSTED_PROXIES ?? 0)) || 0)
  if (trusted === 0) return peer
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  return hops[hops.length - trusted] ?? peer
}

const messages: Record<RateLimitKind, string> = {
  login: 'Too many sign-in attempts from this address; try again later.',
  passwordReset: 'Too many password reset requests from this address; try again later.',
  passwordResetAccount: 'Too many password reset requests for this account; try again later.',
  pdf: 'Too many handout downloads from this address; try again in a minute.',
}

/**
 * A 429 with Retry-After when `headers`' client is over its limit for `kind`
 * (or, given a `key`, that key is, e.g. an account); undefined to go on.
 */
export async function rateLimit(kind: RateLimitKind, headers: Headers, points = 1, key = clientAddress(headers)): Promise<Response | undefined> {
  try {
    await limiter(kind).consume(storedKey(key), points)
    return undefined
  } catch (result) {
    if (!(result instanceof RateLimiterRes)) throw result
    const seconds = Math.max(1, Math.ceil(result.msBeforeNext / 1000))
    return Response.json({ errors: [{ message: messages[kind] }] }, { status: 429, headers: { 'Retry-After': String(seconds), 'Cache-Control': 'no-store' } })
  }
}
