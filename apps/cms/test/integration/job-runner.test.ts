import { afterAll, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { publishedEntry } from '../../src/entries/load-entries'
import { startCms } from '../support/cms'
import { sqliteTestDatabase } from '../support/databases'
import { draftEntry } from './cms-suite'

const db = sqliteTestDatabase()
afterAll(async () => {
  if ('drop' in db) await db.drop()
})

it('the configured job runner publishes a scheduled entry on its own when it is due', async () => {
  if (!('choice' in db)) throw new Error(db.skip)
  // Every second here; every minute on the server (CAREERS_JOBS_CRON).
  const payload = await startCms(db.choice, { jobsCron: '* * * * * *' })
  try {
    const data = entryToDocumentData(draftEntry('dawn-role', 'Dawn Role'), () => undefined)
    const draft = await payload.create({ collection: 'career-paths', data: { ...data, _status: 'draft' }, draft: true })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'career-paths', value: String(draft.id) } },
      waitUntil: new Date(Date.now() + 1000),
    } as never)
    expect(await publishedEntry({ payload }, 'dawn-role')).toBeUndefined()
    const deadline = Date.now() + 15_000
    while (!(await publishedEntry({ payload }, 'dawn-role')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250))
    expect((await publishedEntry({ payload }, 'dawn-role'))?.entry.title).toBe('Dawn Role')
  } finally {
    await payload.destroy()
  }
})
