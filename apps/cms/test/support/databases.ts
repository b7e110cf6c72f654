import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { chooseDatabase, safeUrl, type DatabaseChoice } from '../../src/database/choose-database'

/** A database of the suite's own, and how to remove it; or why there is none here. */
export type TestDatabase = { choice: DatabaseChoice; drop: () => Promise<void> } | { skip: string }

export function sqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-sqlite-'))
  return { choice: chooseDatabase(`file:${path.join(dir, 'test.db')}`, dir), drop: async () => rmSync(dir, { recursive: true, force: true }) }
}

/**
 * A fresh database on the PostgreSQL server at TEST_POSTGRES_URI (default: the
 * local server `.ci/run` starts). Where no server answers, the suite is skipped
 * with the reason, unless CAREERS_REQUIRE_POSTGRES=1 (CI) makes that a failure.
 */
export async function postgresTestDatabase(): Promise<TestDatabase> {
  const admin = process.env.TEST_POSTGRES_URI || 'postgres://careers:careers@127.0.0.1:5432/postgres'
  const name = `careers_test_${process.pid}_${Date.now().toString(36)}`
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
  } catch (error) {
    const reason = `no PostgreSQL at ${safeUrl(admin)} (${error instanceof Error ? error.message : String(error)}); .ci/run starts one`
    await client.end().catch(() => {})
    if (process.env.CAREERS_REQUIRE_POSTGRES === '1') throw new Error(reason)
    return { skip: reason }
  }
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    choice: chooseDatabase(url.toString(), ''),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

/** MongoDB through mongodb-memory-server, only where MONGOMS_SYSTEM_BINARY names a mongod (none can be downloaded here). */
export async function mongoTestDatabase(): Promise<TestDatabase> {
  if (!process.env.MONGOMS_SYSTEM_BINARY) {
    return { skip: 'MONGOMS_SYSTEM_BINARY is not set, and mongodb-memory-server cannot download a mongod on this machine' }
  }
  const { MongoMemoryServer } = await import('mongodb-memory-server-core')
  const server = await MongoMemoryServer.create()
  return { choice: chooseDatabase(`${server.getUri()}careers`, ''), drop: async () => void (await server.stop()) }
}
