import { readdirSync, readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { startCms } from '../support/cms'
import { postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from '../support/databases'

/**
 * Production only migrates, so a collection change without its migration would
 * break the first production start. The committed migrations' latest snapshot
 * must describe exactly the schema the config makes (what `migrate:create` diffs).
 */
describe.each([
  ['SQLite', sqliteTestDatabase],
  ['PostgreSQL', postgresTestDatabase],
] as const)('committed %s migrations', (name, database) => {
  let db: TestDatabase
  afterAll(async () => {
    if (db && 'drop' in db) await db.drop()
  })

  it('match the collections: migrate:create would find nothing to add', async (ctx) => {
    db = await database()
    if ('skip' in db) {
      console.warn(`[skipped] ${name} migrations: ${db.skip}`)
      ctx.skip(db.skip)
      return
    }
    const payload = await startCms(db.choice, { push: false })
    try {
      const adapter = payload.db as unknown as {
        migrationDir: string
        schema: unknown
        requireDrizzleKit(): { generateDrizzleJson(schema: unknown): Promise<{ version: string }>; generateMigration(before: unknown, after: unknown): Promise<string[]>; upSnapshot?: (s: unknown) => unknown }
      }
      const kit = adapter.requireDrizzleKit()
      const after = await kit.generateDrizzleJson(adapter.schema)
      const latest = readdirSync(adapter.migrationDir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .at(-1)
      expect(latest, `no migration in ${adapter.migrationDir}`).toBeDefined()
      let before = JSON.parse(readFileSync(`${adapter.migrationDir}/${latest}`, 'utf8')) as { version: string }
      if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before) as { version: string }
      const missing = await kit.generateMigration(before, after)
      expect(missing, `run \`npm run payload -- migrate:create <name>\` with a ${name} DATABASE_URI`).toEqual([])
    } finally {
      await payload.destroy().catch(() => {})
    }
  })
})
