import { sql } from '@payloadcms/db-postgres'

interface JobsAdapter {
  sessions?: Record<string, { db: { execute(query: unknown): Promise<unknown> } } | undefined>
  updateJobs: (args: { id?: unknown; data?: { processing?: unknown }; req?: { transactionID?: unknown } }) => Promise<unknown>
}

/**
 * Payload claims jobs by finding runnable ones and then marking them
 * `processing`, in one transaction but without a lock: on PostgreSQL two
 * workers polling at once could both find, and both run, the same job. Here a
 * claim first takes a transaction-scoped advisory lock, so claims take turns
 * and each finds only jobs no other worker holds (every statement of a READ
 * COMMITTED transaction sees what committed before it). On SQLite the claim's
 * immediate transaction is such a turn already.
 */
export function serializeJobClaims(adapter: JobsAdapter): void {
  const updateJobs = adapter.updateJobs.bind(adapter)
  adapter.updateJobs = async (args) => {
    const transaction = args.req?.transactionID === undefined ? undefined : await args.req.transactionID
    const session = transaction === undefined ? undefined : adapter.sessions?.[String(transaction)]
    if (args.data?.processing === true && args.id === undefined && session) await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('careers:payload-jobs:claim'))`)
    return updateJobs(args)
  }
}
