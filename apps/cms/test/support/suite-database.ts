import type { Payload } from 'payload'
import { afterAll, beforeAll, it } from 'vitest'
import { startCms } from './cms'
import type { TestDatabase } from './databases'

export interface SuiteDatabase {
  /** The suite's Payload, once `beforeAll` has run (undefined when the database is skipped). */
  payload: () => Payload
  /** `it`, skipped with the reason printed where the database cannot be had. */
  test: (title: string, body: () => Promise<void>) => void
}

/**
 * Inside a `describe`: a database of the suite's own with the real CMS on it.
 * SQL databases get the committed migrations, not a schema push, so a suite
 * fails if a field was added without a migration; MongoDB has none to run.
 * `setup` runs after, in the same `beforeAll`.
 */
export function suiteDatabase(label: string, database: () => Promise<TestDatabase> | TestDatabase, setup: (payload: Payload) => Promise<void> = async () => {}): SuiteDatabase {
  let payload: Payload | undefined
  let db: TestDatabase | undefined
  let skip: string | undefined

  beforeAll(async () => {
    db = await database()
    if ('skip' in db) {
      skip = db.skip
      console.warn(`[skipped] ${label}: ${skip}`)
      return
    }
    const sql = db.choice.kind !== 'mongodb'
    payload = await startCms(db.choice, { push: !sql })
    if (sql) await payload.db.migrate({ migrations: (payload.db as { prodMigrations?: never }).prodMigrations })
    await setup(payload)
  })

  afterAll(async () => {
    await payload?.destroy().catch(() => {})
    // PostgreSQL: the database is dropped under the pool (a migration keeps one client checked
    // out, so the pool never ends by itself); its clients' "terminated" errors are expected.
    const pool = (payload?.db as { pool?: { on(event: 'error', listener: () => void): void; end(): Promise<void> } } | undefined)?.pool
    pool?.on('error', () => {})
    void pool?.end().catch(() => {})
    if (db && 'drop' in db) await db.drop()
  })

  return {
    payload: () => payload!,
    test: (title, body) =>
      it(title, async (ctx) => {
        if (skip) {
          ctx.skip(skip)
          return
        }
        await body()
      }),
  }
}
