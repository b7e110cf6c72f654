import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { ChangeType } from '@careers/publishing/contract'
import { changesSlug } from '../collections/slugs'
import { queueDeliveries } from '../webhooks/deliver-task'

export interface ChangeInput {
  type: ChangeType
  /** The career path's document id. */
  entry: string
  itemId: string
  slug: string
  locale: string
}

export interface ChangeRecord extends ChangeInput {
  sequence: number
  at: string
}

/**
 * Any fixed 64-bit number names the lock; this one is "careers changes" in
 * ASCII, so it cannot clash with a lock of Payload's (it takes none).
 */
const changeLogLock = sql.raw('7161128394506937715')

/**
 * Appends a change to the log inside `req`'s transaction (the one storing or
 * removing the entry's records), numbered one past the last.
 *
 * Why a lock: a consumer's cursor says "I have applied every change up to
 * n", so numbers must become visible in order, with no gaps: never n+1
 * committed while n may still commit. A database sequence gives numbers at
 * allocation time, not commit time (n+1 could commit first and a consumer
 * reading between the commits would skip n for good), and rolled-back numbers
 * leave gaps. Reading the last number and adding one inside the transaction
 * has neither problem, but two writers at once would both take n+1 and one
 * would fail on the unique index. So the writers take turns: on PostgreSQL a
 * transaction-level advisory lock is taken before the last number is read and
 * held until the commit (or rollback); the next writer waits for it, then
 * reads the committed number (READ COMMITTED reads what committed before each
 * statement). It is taken last in the transaction, after the records' writes,
 * so it is held for two short statements. On SQLite every write transaction
 * already holds the database's one write lock from its start (`BEGIN
 * IMMEDIATE`). MongoDB without a replica set has no transactions: a concurrent
 * duplicate fails on the unique index and its render job is retried (see the
 * README).
 */
export async function recordChange(payload: Payload, req: PayloadRequest, change: ChangeInput): Promise<ChangeRecord> {
  await lockChangeLog(payload, req)
  const { docs } = await payload.db.find<{ sequence: number }>({
    collection: changesSlug,
    sort: '-sequence',
    select: { sequence: true },
    limit: 1,
    pagination: false,
    req,
  })
  const record: ChangeRecord = { ...change, sequence: Number(docs[0]?.sequence ?? 0) + 1, at: new Date().toISOString() }
  await payload.db.create({ collection: changesSlug, data: { ...record }, req })
  // In the same transaction: the deliveries exist exactly when the change committed.
  await queueDeliveries(payload, req, record.sequence, record.type)
  return record
}

async function lockChangeLog(payload: Payload, req: PayloadRequest): Promise<void> {
  const db = payload.db
  if (!isPostgres(db)) return
  const session = req.transactionID ? db.sessions[String(await req.transactionID)] : undefined
  // Only PostgreSQL's transactions execute SQL text; SQLite's have no `execute`.
  if (!session || !('execute' in session.db)) throw new Error('a change must be recorded inside the transaction that stores the records')
  await session.db.execute(sql`select pg_advisory_xact_lock(${changeLogLock})`)
}

function isPostgres(db: Payload['db']): db is Payload['db'] & Pick<PostgresAdapter, 'sessions'> {
  return db.name === 'postgres' && 'sessions' in db
}
