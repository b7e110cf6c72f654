import type { Payload } from 'payload'
import { isPostgresAdapter, isSqliteAdapter } from '../config/database-adapters'

/** Longer than any healthy answer; short enough for a load balancer's probe. */
export const readinessTimeoutMs = 3000

/**
 * Why this server should not be sent requests now, or undefined when it may:
 * the database must answer, and (in production, which migrates instead of
 * pushing the schema) every migration this build carries must be applied.
 */
export async function notReadyReason(payload: Payload, timeoutMs = readinessTimeoutMs): Promise<string | undefined> {
  const { db } = payload
  // Development pushes the schema (and MongoDB has no migrations): nothing to compare.
  const expected = (isSqliteAdapter(db) || isPostgresAdapter(db)) && !db.push ? db.prodMigrations : undefined
  let timer: NodeJS.Timeout | undefined
  try {
    const applied = await Promise.race([
      payload.find({ collection: 'payload-migrations', pagination: false, overrideAccess: true, depth: 0 }),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    ])
    if (!expected) return undefined
    const names = new Set(applied.docs.map((d) => d.name))
    const missing = expected.filter((m) => !names.has(m.name)).map((m) => m.name)
    return missing.length ? `migrations not applied: ${missing.join(', ')}` : undefined
  } catch (error) {
    // The code (ECONNREFUSED, 57P03 …) or the timeout, not the message: it may name hosts and users.
    const code = (error as { code?: unknown; cause?: { code?: unknown } }).code ?? (error as { cause?: { code?: unknown } }).cause?.code
    return `the database does not answer (${typeof code === 'string' ? code : error instanceof Error && error.message.startsWith('no answer') ? error.message : 'error'})`
  } finally {
    clearTimeout(timer)
  }
}
