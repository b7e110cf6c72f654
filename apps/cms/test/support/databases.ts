import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { chooseDatabase, safeUrl, type DatabaseChoice } from '../../src/config/choose-database'

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

/**
 * MongoDB through mongodb-memory-server, which downloads a `mongod` the first
 * time (or uses MONGOMS_SYSTEM_BINARY). Where none can be had (no internet, as
 * on the build machine) the suite is skipped with the reason, unless
 * CAREERS_REQUIRE_MONGODB=1 makes that a failure.
 */
export async function mongoTestDatabase(): Promise<TestDatabase> {
  const { MongoMemoryServer } = await import('mongodb-memory-server')
  let server: InstanceType<typeof MongoMemoryServer>
  try {
    server = await MongoMemoryServer.create()
  } catch (error) {
    const reason = `mongodb-memory-server could not start a mongod (${error instanceof Error ? error.message.replace(/\s+/g, ' ').trim().slice(0, 300) : String(error)}); it downloads one on a machine with internet, or set MONGOMS_SYSTEM_BINARY`
    if (process.env.CAREERS_REQUIRE_MONGODB === '1') throw new Error(reason)
    return { skip: reason }
  }
  return { choice: chooseDatabase(`${server.getUri()}careers`, ''), drop: async () => void (await server.stop()) }
}
