import { afterAll, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { publishedEntry } from '../../src/entries/load-entries'
import { runWorker } from '../../src/jobs/worker'
import { defaultLocale, entryFileKey } from '../../src/publication/file-keys'
import { readStoredFile } from '../../src/site/stored-files'
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
    while (!(await readStoredFile(payload, key, { body: false })) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200))
    expect((await publishedEntry({ payload }, 'dawn-role'))?.entry.title).toBe('Dawn Role')
    const stored = await readStoredFile(payload, key, { body: true })
    expect(stored && 'body' in stored ? String(stored.body) : '').toContain('# Dawn Role Career Path')
  } finally {
    stop.abort()
    await worker
    await payload.destroy()
  }
})
