/**
 * Errors that mean the database cannot be reached right now (PostgreSQL down or
 * restarting, the network to it cut, SQLite locked past the busy timeout), as
 * opposed to a bug: those answer 503 and the next request tries again; the
 * database driver's pool reconnects by itself.
 */
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03', // admin_shutdown, crash_shutdown, cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006', // connection exceptions
  '53300', // too_many_connections
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
])
const unreachableMessages =
  /Connection terminated|connect ECONNREFUSED|Client has encountered a connection error|database system is (shutting down|starting up)|timeout exceeded when trying to connect|database is locked/i

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && unreachableCodes.has(code)) return true
    if (typeof message === 'string' && unreachableMessages.test(message)) return true
    const nested = (e as { errors?: unknown[] }).errors // AggregateError from a dual-stack connect
    if (Array.isArray(nested) && nested.some(isDatabaseUnavailable)) return true
  }
  return false
}

export const retryAfterSeconds = 30

export const unavailableMessage = 'The career paths are unavailable for a moment (the database cannot be reached). Try again shortly.'

/** 503 with a message for people and a Retry-After for programs. */
export function serviceUnavailable(message: string, retryAfter: number): Response {
  return new Response(`${message}\n`, {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' },
  })
}

export function databaseUnavailableResponse(): Response {
  return serviceUnavailable(unavailableMessage, retryAfterSeconds)
}

/** A public route handler that answers 503, with a clear message, while the database is unreachable. */
export function withDatabase<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args)
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error
      console.error(`[careers] database unavailable: ${(error as Error).message}`)
      return databaseUnavailableResponse()
    }
  }
}

/** What a page's read gives while the database cannot be reached (a page then shows `Unavailable`). */
export const unreachable = Symbol('database unreachable')

/** `read`'s value, or `unreachable` when it failed for want of the database; any other error goes on. */
export async function unlessUnreachable<T>(read: Promise<T>): Promise<T | typeof unreachable> {
  try {
    return await read
  } catch (error) {
    if (isDatabaseUnavailable(error)) return unreachable
    throw error
  }
}
