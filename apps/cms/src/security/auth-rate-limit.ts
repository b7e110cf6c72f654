import { rateLimit, type RateLimitKind } from './rate-limits'

/**
 * Which limit a POST to the API falls under: REST's login and password routes
 * by path, GraphQL's by the mutation named in the body (read from a clone, so
 * Payload still gets the body).
 */
async function attempts(request: Request): Promise<{ kind: RateLimitKind; count: number } | undefined> {
  const path = new URL(request.url).pathname
  if (/\/api\/[^/]+\/login\/?$/.test(path)) return { kind: 'login', count: 1 }
  if (/\/api\/[^/]+\/(forgot-password|reset-password)\/?$/.test(path)) return { kind: 'passwordReset', count: 1 }
  if (/\/api\/graphql\/?$/.test(path)) {
    const body = await request.clone().text().catch(() => '')
    // Each aliased mutation in one request is an attempt of its own.
    const logins = body.match(/\blogin[A-Z]/g)?.length ?? 0
    if (logins) return { kind: 'login', count: logins }
    const resets = body.match(/\b(forgotPassword|resetPassword)[A-Z]/g)?.length ?? 0
    if (resets) return { kind: 'passwordReset', count: resets }
  }
  return undefined
}

/** The account a REST password reset names, lowercased: the per-account limit's key. */
async function resetAccount(request: Request): Promise<string | undefined> {
  if (!/\/forgot-password\/?$/.test(new URL(request.url).pathname)) return undefined
  const body = (await request.clone().json().catch(() => undefined)) as { email?: unknown; username?: unknown } | undefined
  const account = body?.email ?? body?.username
  return typeof account === 'string' && account.trim() ? account.trim().toLowerCase() : undefined
}

export async function authRateLimit(request: Request): Promise<Response | undefined> {
  const found = await attempts(request)
  if (!found) return undefined
  const limited = await rateLimit(found.kind, request.headers, found.count)
  if (limited || found.kind !== 'passwordReset') return limited
  const account = await resetAccount(request)
  return account ? rateLimit('passwordResetAccount', request.headers, 1, account) : undefined
}
