import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { drainRenders } from '../../src/rendering/worker'
import { changesResponse } from '../../src/serving/changes-response'
import { startCms } from '../support/cms'
import { postgresTestDatabase, type TestDatabase } from '../support/databases'
import { draftEntry } from './cms-suite'

/**
 * Two web servers on one PostgreSQL (two Payload instances, each with its own
 * pool, as two processes have): a cursor one gave means the same on the other,
 * and after a server restarts. The cursor is the change's number in the
 * database, so nothing in a server's memory goes into it.
 */
let db: TestDatabase
const servers: Payload[] = []
beforeAll(async () => {
  db = await postgresTestDatabase()
  if (!('choice' in db)) return console.warn(`[skipped] changes on two servers: ${db.skip}`)
  const first = await startCms(db.choice, { push: false })
  await first.db.migrate({ migrations: (first.db as { prodMigrations?: never }).prodMigrations })
  servers.push(first, await startCms(db.choice, { push: false }))
})
afterAll(async () => {
  for (const payload of servers) await payload.destroy().catch(() => {})
  if (db && 'drop' in db) await db.drop()
})

const page = async (payload: Payload, query: string) => {
  const response = await changesResponse(payload, new Request(`http://localhost/changes.json${query}`))
  return { status: response.status, etag: response.headers.get('etag'), body: await response.text() }
}

it('a cursor means the same on two servers of one PostgreSQL, and after a restart', async (ctx) => {
  if (!('choice' in db)) return ctx.skip(db.skip)
  const [a, b] = servers as [Payload, Payload]
  for (const slug of ['one-role', 'two-role', 'three-role']) {
    const data = entryToDocumentData(draftEntry(slug, slug), () => undefined)
    // Written through either server: the log is one.
    await (slug === 'two-role' ? b : a).create({ collection: 'career-paths', data: { ...data, _status: 'published' }, overrideAccess: true })
  }
  await drainRenders(a)
  const first = JSON.parse((await page(a, '?limit=1')).body) as { cursor: string; changes: { slug: string }[] }
  expect(first.changes.map((c) => c.slug)).toEqual(['one-role'])
  const fromA = await page(a, `?since=${first.cursor}`)
  const fromB = await page(b, `?since=${first.cursor}`)
  expect(fromB).toEqual(fromA)
  expect((JSON.parse(fromB.body) as { changes: { slug: string }[] }).changes.map((c) => c.slug)).toEqual(['two-role', 'three-role'])

  await b.destroy()
  const restarted = await startCms(db.choice, { push: false })
  servers[1] = restarted
  expect(await page(restarted, `?since=${first.cursor}`)).toEqual(fromA)
})
