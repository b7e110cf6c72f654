import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { addRateLimitTable } from '../security/rate-limit-store'
import type { DatabaseChoice } from './choose-database'

/** How long a SQLite writer waits for another to finish before failing. */
export const sqliteBusyTimeout = 10_000

export interface AdapterOptions {
  /** Where `payload migrate:create` writes, per SQL dialect. */
  migrationsDir: string
  /** Development and tests push the schema; production only migrates. */
  push: boolean
}

export function databaseAdapter(choice: DatabaseChoice, { migrationsDir, push }: AdapterOptions): DatabaseAdapterObj {
  switch (choice.kind) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url: choice.url },
        // WAL lets readers go on while one editor writes; the busy timeout makes a
        // second writer wait instead of failing; immediate transactions take the
        // write lock up front, so two publishes never deadlock upgrading a read.
        wal: true,
        busyTimeout: sqliteBusyTimeout,
        transactionOptions: { behavior: 'immediate' },
        push,
        migrationDir: `${migrationsDir}/sqlite`,
        prodMigrations: sqliteMigrations,
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: choice.url },
        // The shared rate limits' counters (src/security/rate-limit-store.ts), migrated like Payload's tables.
        afterSchemaInit: [addRateLimitTable],
        push,
        migrationDir: `${migrationsDir}/postgres`,
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      return mongooseAdapter({ url: choice.url })
  }
}
