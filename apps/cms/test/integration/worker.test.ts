import { defaultLocale } from '@careers/career-path'
import { afterAll, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { publishedEntry } from '../../src/entries/load-entries'
import { drainRenders, releaseAbandonedJobs, runWorker } from '../../src/rendering/worker'
import { entryFileKey } from '@careers/publishing/contract'
import { storeOf } from '../../src/store/store'
import { startCms } from '../support/cms'
import { sqliteTestDatabase } from '../support/databases'
import { draftEntry } from './cms-suite'

const db = sqliteTestDatabase()
afterAll(async () => {
  if ('drop' in db) await db.drop()
})

it('the worker publishes a scheduled entry when it is due, then renders its files; stopped, it returns', async () => {
  if (!('choice' in db)) throw new Error(db.skip)
  const payload = await startCms(db.choice)
  const stop = new AbortController()
  const worker = runWorker(payload, { pollMs: 100, signal: stop.signal })
  try {
    const data = entryToDocumentData(draftEntry('dawn-role', 'Dawn Role'), () => undefined)
    const draft = await payload.create({ collection: 'career-paths', data: { ...data, _status: 'draft' }, draft: true })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'career-paths', value: String(draft.id) } },
      waitUntil: new Date(Date.now() + 1000),
    } as never)
    expect(await publishedEntry({ payload }, 'dawn-role')).toBeUndefined()
    const key = entryFileKey(defaultLocale, 'dawn-role', 'md')
    const deadline = Date.now() + 20_000
    while (!(await storeOf(payload).file(key, { body: false })) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    expect((await publishedEntry({ payload }, 'dawn-role'))?.entry.title).toBe('Dawn Role')
    const stored = await storeOf(payload).file(key, { body: true })
    expect(stored && 'body' in stored ? String(stored.body) : '').toContain('# Dawn Role Career Path')
  } finally {
    stop.abort()
    await worker
    await payload.destroy()
  }
})

it('a job a dead worker left processing is released after the job timeout and run again, not before', async () => {
  if (!('choice' in db)) throw new Error(db.skip)
  const payload = await startCms(db.choice)
  try {
    const data = entryToDocumentData(draftEntry('orphan-role', 'Orphan Role'), () => undefined)
    const made = await payload.create({ collection: 'career-paths', data: { ...data, _status: 'published' } })
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { 'input.entry': { equals: String(made.id) } }, overrideAccess: true })
    expect(docs).toHaveLength(1)
    // As a worker killed mid-render leaves it: taken, never finished.
    await payload.db.updateMany({ collection: 'payload-jobs', where: { id: { equals: docs[0]!.id } }, data: { processing: true } })
    await payload.jobs.run({ limit: 10, silent: true })
    expect(await storeOf(payload).file(entryFileKey(defaultLocale, 'orphan-role', 'md'), { body: false })).toBeUndefined()
    expect(await releaseAbandonedJobs(payload, 60_000), 'a job taken moments ago may still be running').toBe(0)
    await new Promise((r) => setTimeout(r, 1200))
    expect(await releaseAbandonedJobs(payload, 1000)).toBe(1)
    await drainRenders(payload)
    expect(await storeOf(payload).file(entryFileKey(defaultLocale, 'orphan-role', 'md'), { body: false })).toBeDefined()
  } finally {
    await payload.destroy()
  }
})
