import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapter } from 'payload'

/**
 * Payload's `payload.db` is typed as the adapter interface every database
 * shares; the SQL adapters' own parts (libsql's client, pg's pool, the open
 * transactions' sessions, migrations) are reached through these guards, by the
 * adapter's own name, instead of casts at each use.
 */
export function isSqliteAdapter(db: DatabaseAdapter): db is DatabaseAdapter & SQLiteAdapter {
  return db.name === 'sqlite'
}

export function isPostgresAdapter(db: DatabaseAdapter): db is DatabaseAdapter & PostgresAdapter {
  return db.name === 'postgres'
}
