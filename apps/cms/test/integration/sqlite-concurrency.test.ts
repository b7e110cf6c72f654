import { afterAll, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { allPublishedEntries } from '../../src/entries/load-entries'
import { startCms } from '../support/cms'
import { sqliteTestDatabase } from '../support/databases'
import { draftEntry } from './cms-suite'

const db = sqliteTestDatabase()
afterAll(async () => {
  if ('drop' in db) await db.drop()
})

it('keeps the busy timeout on every SQLite connection, so parallel publishes wait instead of failing', async () => {
  if (!('choice' in db)) throw new Error(db.skip)
  const payload = await startCms(db.choice)
  try {
    const client = (payload.db as unknown as { client: { execute(sql: string): Promise<{ rows: Record<string, unknown>[] }> } }).client
    const timeout = async () => Number(Object.values((await client.execute('PRAGMA busy_timeout')).rows[0]!)[0])
    expect(await timeout()).toBe(10_000)
    const publish = (n: number) => payload.create({ collection: 'career-paths', data: { ...entryToDocumentData(draftEntry(`parallel-${n}`, `Parallel ${n}`), () => undefined), _status: 'published' } })
    await publish(0)
    expect(await timeout()).toBe(10_000) // after a transaction, on the client's next connection
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => publish(i + 1)))
    expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([])
    expect((await allPublishedEntries({ payload })).length).toBe(13)
  } finally {
    await payload.destroy()
  }
})
