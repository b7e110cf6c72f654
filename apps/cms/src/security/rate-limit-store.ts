import { createHash } from 'node:crypto'
import { bigint, integer, pgTable, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { postgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { chooseDatabase } from '../config/choose-database'

type PostgresSchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number]

/** The counters of every limit on PostgreSQL, one row per kind and client (the key is prefixed by the kind). */
export const rateLimitTable = 'careers_rate_limits'

/**
 * The table as rate-limiter-flexible's PostgreSQL store declares it, added to
 * Payload's schema so a migration creates it (see the postgres `shared_rate_limits`
 * migration) and a development push keeps it: no server creates tables at
 * runtime, and several starting at once never race to.
 */
export const addRateLimitTable: PostgresSchemaHook = ({ schema }) => ({
  ...schema,
  tables: {
    ...schema.tables,
    [rateLimitTable]: pgTable(rateLimitTable, {
      key: varchar('key', { length: 255 }).primaryKey(),
      points: integer('points').notNull().default(0),
      expire: bigint('expire', { mode: 'number' }),
    }),
  },
})

export interface LimitSetting {
  keyPrefix: string
  points: number
  duration: number
}

// One pool per process, for the counters only: a few connections, apart from Payload's,
// so a limit is checked even while every one of Payload's is busy.
const shared = globalThis as typeof globalThis & { careersRateLimitPool?: pg.Pool | null }

/** A pool to DATABASE_URI when that is PostgreSQL; undefined on SQLite and MongoDB. */
function configuredPool(): pg.Pool | undefined {
  if (shared.careersRateLimitPool === undefined) {
    const choice = chooseDatabase(process.env.DATABASE_URI, '')
    shared.careersRateLimitPool = choice.kind === 'postgres' ? new pg.Pool({ connectionString: choice.url, max: 3, connectionTimeoutMillis: 2000 }) : null
    // PostgreSQL restarting: an idle connection reports its loss here (unhandled, it ends the process).
    shared.careersRateLimitPool?.on('error', () => {})
  }
  return shared.careersRateLimitPool ?? undefined
}

/**
 * A limiter for `setting`: on PostgreSQL counted in the database, so every
 * server enforces one limit, with this process's memory as insurance while the
 * database cannot be reached (a limit still holds, per server); elsewhere in
 * memory. `pool` overrides the configured database (tests).
 */
export function createRateLimiter(setting: LimitSetting, pool: pg.Pool | undefined = configuredPool()): RateLimiterAbstract {
  const memory = new RateLimiterMemory(setting)
  if (!pool) return memory
  return new RateLimiterPostgres({ ...setting, storeClient: pool, tableName: rateLimitTable, tableCreated: true, insuranceLimiter: memory })
}

/** Keys fit the table's 255 characters: a long one (an email of any length) is hashed. */
export function storedKey(key: string): string {
  return key.length <= 128 ? key : `sha256:${createHash('sha256').update(key).digest('hex')}`
}
