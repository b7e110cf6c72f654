import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeOperationHook } from 'payload'
import { isPostgresAdapter } from '../config/database-adapters'

/**
 * On PostgreSQL, saves of career paths take turns, across every server: each
 * waits, inside its transaction and before it reads or writes anything, for a
 * transaction-scoped advisory lock that its commit or rollback releases.
 *
 * Why: Payload writes an entry as an upsert that also sets its primary key
 * (`on conflict ("id") do update set "id" = …`), which PostgreSQL treats as a
 * key update, and an entry's relationship rows (`career_paths_rels`) take key
 * locks on the entries they name. Two saves of entries that name each other,
 * or of one entry twice, then lock the same rows in opposite orders: one fails
 * with `deadlock detected` (a 500). A save takes tens of milliseconds and
 * editors save seldom; taking turns costs nothing they notice, and no
 * acknowledged save is lost or half applied. SQLite's writers take turns
 * already (immediate transactions).
 */
/**
 * Upstream: checked against @payloadcms/drizzle 3.90.2's `upsertRow`
 * (`onConflictDoUpdate: { set: rowToInsert.row, target }`, the key among the
 * set columns); no upstream issue found. `upstream-limits.test.ts` fails once
 * that upsert changes.
 */
export const serializeSaves: CollectionBeforeOperationHook<'career-paths'> = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return args
  const adapter = req.payload.db
  if (!isPostgresAdapter(adapter)) return args
  const transaction = req.transactionID === undefined ? undefined : await req.transactionID
  const session = transaction === undefined ? undefined : adapter.sessions?.[String(transaction)]
  if (!session) return args
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('careers:career-paths:save'))`)
  return args
}

// One chain per process: Next loads route modules separately, so it lives on globalThis.
const chain = globalThis as typeof globalThis & { careersSaveTurn?: Promise<unknown> }

/**
 * Runs `save` once this process's previous save has ended. A save waiting for
 * the lock above holds a pooled connection (its transaction's); were many of
 * one server's requests waiting at once, the one holding the lock could find
 * no connection left for a query of its own, and nobody would move again.
 * Taking turns in the process first, at most one connection per server waits.
 */
export function oneSaveAtATime<T>(save: () => Promise<T>): Promise<T> {
  const turn = (chain.careersSaveTurn ?? Promise.resolve()).then(save, save)
  chain.careersSaveTurn = turn.catch(() => {})
  return turn
}

/** Requests that may save a career path: REST writes under /api/career-paths, GraphQL mutations. */
export async function mightSaveCareerPath(request: Request): Promise<boolean> {
  const path = new URL(request.url).pathname
  if (/^\/api\/career-paths(\/|$)/.test(path)) return true
  return (
    /^\/api\/graphql\/?$/.test(path) &&
    /\bmutation\b/.test(
      await request
        .clone()
        .text()
        .catch(() => ''),
    )
  )
}
