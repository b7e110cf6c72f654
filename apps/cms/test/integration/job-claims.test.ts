import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { startCms } from '../support/cms'
import { postgresTestDatabase, type TestDatabase } from '../support/databases'
import { draftEntry } from './cms-suite'

/** Two workers (two Payload instances, as two processes have) on one PostgreSQL database. */
let db: TestDatabase
const workers: Payload[] = []
beforeAll(async () => {
  db = await postgresTestDatabase()
  if ('skip' in db) return console.warn(`[skipped] job claims on PostgreSQL: ${db.skip}`)
  for (let i = 0; i < 2; i++) workers.push(await startCms(db.choice, { push: false }))
  await workers[0]!.db.migrate({ migrations: (workers[0]!.db as { prodMigrations?: never }).prodMigrations })
})
afterAll(async () => {
  for (const payload of workers) {
    ;(payload.db as { pool?: { on(event: 'error', listener: () => void): void } }).pool?.on('error', () => {})
    await payload.destroy().catch(() => {})
  }
  if (db && 'drop' in db) await db.drop()
})

it('gives each job to one worker, however many poll at once', async (ctx) => {
  if ('skip' in db) return ctx.skip(db.skip)
  const [a, b] = workers as [Payload, Payload]
  for (let i = 0; i < 12; i++) await a.create({ collection: 'career-paths', data: { ...entryToDocumentData(draftEntry(`claimed-${i}`, `Claimed ${i}`), () => undefined), _status: 'published' } })
  const ran: string[] = []
  const work = async (payload: Payload) => {
    for (let idle = 0; idle < 3; ) {
      const { jobStatus } = await payload.jobs.run({ allQueues: true, limit: 1, silent: true })
      const ids = Object.keys(jobStatus ?? {})
      ran.push(...ids)
      idle = ids.length ? 0 : idle + 1
    }
  }
  await Promise.all([work(a), work(b), work(a), work(b)])
  expect(ran.length).toBeGreaterThanOrEqual(12)
  expect(ran.length, `jobs run twice: ${ran.filter((id, i) => ran.indexOf(id) !== i)}`).toBe(new Set(ran).size)
})
