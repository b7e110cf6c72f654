import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'

/**
 * Payload claims jobs by finding runnable ones and then marking them
 * `processing`, in one transaction but without a lock: on PostgreSQL two
 * workers polling at once could both find, and both run, the same job. Here a
 * claim first takes a transaction-scoped advisory lock, so claims take turns
 * and each finds only jobs no other worker holds (every statement of a READ
 * COMMITTED transaction sees what committed before it). On SQLite the claim's
 * immediate transaction is such a turn already.
 */
/**
 * Upstream: payloadcms/payload#16043 (two workers claim the same job), fixed by
 * #17441 (a claim token), which payload 3.90.2 does not have yet.
 * `upstream-limits.test.ts` fails once the installed Payload claims with a token.
 */
export function serializeJobClaims(adapter: PostgresAdapter): void {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args) => {
    const transaction = args.req?.transactionID === undefined ? undefined : await args.req.transactionID
    const session = transaction === undefined ? undefined : adapter.sessions?.[String(transaction)]
    if (args.data?.processing === true && args.id === undefined && session) await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('careers:payload-jobs:claim'))`)
    return updateJobs(args)
  }
}
