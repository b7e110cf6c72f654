import { defaultLocale } from '@careers/career-path'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { mirrorSite, mirrorStateFileName } from '@careers/publishing/mirror'
import fc from 'fast-check'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, describe, expect } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { siteSettings } from '../../src/entries/site-settings'
import { drainRenders } from '../../src/rendering/worker'
import { recordChange } from '../../src/store/change-log'
import { entryFileKey } from '@careers/publishing/contract'
import { decodeFeedCursor, encodeChangeCursor } from '@careers/publishing/contract'
import { type ChangesPage, changesPage } from '../../src/serving/changes-page'
import { changesResponse } from '../../src/serving/changes-response'
import { feedPage } from '../../src/serving/feed-page'
import { storeOf } from '../../src/store/store'
import type { TestDatabase } from '../support/databases'
import { suiteDatabase } from '../support/suite-database'
import { startSyncServer, type SyncServer } from '../support/sync-server'
import { draftEntry } from './cms-suite'

/**
 * The change log and `/changes.json` on a real database: which writes log
 * which changes, paging and cursors, the order of concurrent writers, and a
 * property: whatever editors do, `careers mirror` (over HTTP, from zero or
 * from a cursor in the middle) ends with exactly the feed's entries and bytes.
 */
export function changesSuite(name: string, database: () => Promise<TestDatabase> | TestDatabase): void {
  describe(`changes on ${name}`, () => {
    let payload: Payload
    let server: SyncServer
    const { test } = suiteDatabase(`changes on ${name}`, database, async (started) => {
      payload = started
      server = await startSyncServer(() => payload)
      await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct horse battery' } as never })
      await payload.updateGlobal({ slug: 'settings', data: { baseUrl: server.url }, overrideAccess: true })
      await drainRenders(payload)
    })
    afterAll(() => server?.stop())

    let made = 0
    const create = async (slug: string, status: 'published' | 'draft' = 'published') => {
      const data = entryToDocumentData(draftEntry(slug, `Entry ${slug}`), () => undefined)
      return (await payload.create({ collection: 'career-paths', data: { ...data, _status: status }, ...(status === 'draft' ? { draft: true } : {}), overrideAccess: true })).id
    }
    const update = (id: number | string, data: Record<string, unknown>) => payload.update({ collection: 'career-paths', id, data: { ...data, _status: 'published' }, overrideAccess: true })
    const all = async (since = 0): Promise<ChangesPage['changes']> => {
      const page = await changesPage(payload, await siteSettings(payload), { since })
      if (page.kind !== 'page') throw new Error(page.message)
      return (JSON.parse(page.body) as ChangesPage).changes
    }
    const lastSequence = async () => {
      const { docs } = await payload.find({ collection: 'changes', sort: '-sequence', limit: 1, overrideAccess: true })
      return Number(docs[0]?.sequence ?? 0)
    }
    const get = (query: string, headers: Record<string, string> = {}) => changesResponse(payload, new Request(`${server.url}/changes.json${query}`, { headers }))

    test('a publish logs one change, at the new address with the feed item id, once its files serve; a render changing nothing logs nothing', async () => {
      const before = await lastSequence()
      const id = await create(`first-${made++}`)
      expect(await lastSequence()).toBe(before) // the publish itself renders nothing, and logs nothing
      await drainRenders(payload)
      const [change, ...more] = await all(before)
      expect(more).toEqual([])
      const slug = `first-${made - 1}`
      expect(change).toEqual({ type: 'published', id: `urn:careers:career-path:${slug}`, slug, locale: 'en', at: expect.any(String), url: `${server.url}/career-paths/${slug}` })
      expect(Date.parse(change!.at)).not.toBeNaN()
      const item = JSON.parse(String((await storeOf(payload).file(entryFileKey(defaultLocale, slug, 'json'), { body: true }))!.body)) as { id: string }
      expect(item.id).toBe(change!.id)

      await payload.jobs.queue({ task: 'renderEntry', input: { entry: String(id) } })
      await drainRenders(payload)
      expect(await lastSequence()).toBe(before + 1)
      // A draft changes nothing public.
      await payload.update({ collection: 'career-paths', id, data: { title: 'A draft title' }, draft: true, overrideAccess: true })
      await drainRenders(payload)
      expect(await lastSequence()).toBe(before + 1)
    })

    test('an edit, a rename (same id, new address), an unpublish, a publish again and a delete each log their change', async () => {
      const slug = `second-${made++}`
      const id = await create(slug)
      await drainRenders(payload)
      const start = await lastSequence()
      const itemId = `urn:careers:career-path:${slug}`
      await update(id, { responsibilities: [{ text: 'Something new.' }] })
      await drainRenders(payload)
      await update(id, { slug: `${slug}-renamed` })
      await drainRenders(payload)
      await payload.update({ collection: 'career-paths', id, data: { _status: 'draft' }, overrideAccess: true })
      await drainRenders(payload)
      await update(id, {})
      await drainRenders(payload)
      await payload.delete({ collection: 'career-paths', id, overrideAccess: true })
      await drainRenders(payload)
      const changes = (await all(start)).map(({ type, id, slug }) => ({ type, id, slug }))
      expect(changes).toEqual([
        { type: 'published', id: itemId, slug },
        { type: 'published', id: itemId, slug: `${slug}-renamed` },
        { type: 'unpublished', id: itemId, slug: `${slug}-renamed` },
        { type: 'published', id: itemId, slug: `${slug}-renamed` },
        { type: 'deleted', id: itemId, slug: `${slug}-renamed` },
      ])
      expect((await all(start)).filter((c) => c.type !== 'published').map((c) => c.url)).toEqual([undefined, undefined])
    })

    test('pages: at most the limit, next_url while more remain, a cursor that goes on from there; bad cursors get 400; ETag and 304', async () => {
      const whole = await all()
      expect(whole.length).toBeGreaterThan(3)
      const first = await get('?limit=2')
      expect(first.status).toBe(200)
      expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8')
      const page = (await first.json()) as ChangesPage
      expect(page.changes).toEqual(whole.slice(0, 2))
      expect(page.next_url).toBe(`${server.url}/changes.json?since=${page.cursor}&limit=2`)
      const rest: ChangesPage['changes'] = []
      for (let next = page.next_url; next; ) {
        const body = (await (await changesResponse(payload, new Request(next))).json()) as ChangesPage
        rest.push(...body.changes)
        next = body.next_url
      }
      expect([...page.changes, ...rest]).toEqual(whole)
      const end = (await (await get(`?since=${encodeChangeCursor(whole.length)}`)).json()) as ChangesPage
      expect(end).toEqual({ changes: [], cursor: encodeChangeCursor(whole.length) })
      // Without `since`: from the beginning, the whole first page (fewer than 500 here), no next_url.
      expect(((await (await get('')).json()) as ChangesPage).changes).toEqual(whole)

      const etag = first.headers.get('etag')!
      const again = await get('?limit=2', { 'if-none-match': etag })
      expect(again.status).toBe(304)
      expect(again.headers.get('etag')).toBe(etag)
      expect((await get('', { 'if-none-match': etag })).status).toBe(200)

      for (const bad of ['nonsense', 'djE6LTE', encodeChangeCursor(1).slice(0, -1), `${encodeChangeCursor(1)}=`, 'dj I6MQ']) {
        const answer = await get(`?since=${encodeURIComponent(bad)}`)
        expect(answer.status, bad).toBe(400)
        expect(((await answer.json()) as { error: string }).error).toMatch(/"since" must be a cursor this server gave/)
      }
      const unknown = await get(`?since=${encodeChangeCursor(whole.length + 1000)}`)
      expect(unknown.status).toBe(400)
      expect(((await unknown.json()) as { error: string }).error).toMatch(/names no change this server holds/)
    })

    test('writers take turns: a change waits for the one before it to commit and takes the next number', async () => {
      const first = await createLocalReq({}, payload)
      await initTransaction(first)
      const n = (await recordChange(payload, first, { type: 'published', entry: 'x', itemId: 'urn:test:x', slug: 'turns-x', locale: 'en' })).sequence
      let settled = false
      const second = (async () => {
        const req = await createLocalReq({}, payload)
        await initTransaction(req)
        const change = await recordChange(payload, req, { type: 'published', entry: 'y', itemId: 'urn:test:y', slug: 'turns-y', locale: 'en' })
        await commitTransaction(req)
        settled = true
        return change.sequence
      })()
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(settled).toBe(false) // still waiting for the first writer's commit
      await commitTransaction(first)
      expect(await second).toBe(n + 1)
      // These two name addresses that serve nothing: a mirror applies them as removals of nothing.
    })

    test('property: any run of publishes, edits, renames, unpublishes and deletes, mirrored from zero or from a cursor in the middle, gives exactly the feed', async () => {
      const action = fc.oneof(
        // `reuse`: the new entry takes a slug another left (renamed away, or deleted), if there is one.
        fc.record({ kind: fc.constant('create' as const), reuse: fc.boolean() }),
        fc.record({ kind: fc.constantFrom('edit' as const, 'rename' as const, 'unpublish' as const, 'publish' as const, 'delete' as const), pick: fc.nat() }),
      )
      await fc.assert(
        fc.asyncProperty(fc.array(action, { minLength: 2, maxLength: 10 }), fc.nat(), async (actions, middle) => {
          const incremental = mkdtempSync(path.join(tmpdir(), 'careers-mirror-mid-'))
          const fresh = mkdtempSync(path.join(tmpdir(), 'careers-mirror-zero-'))
          try {
            const cut = middle % (actions.length + 1)
            for (const [i, act] of actions.entries()) {
              if (i === cut) {
                await drainRenders(payload)
                await mirrorSite({ baseUrl: server.url, dir: incremental })
              }
              await apply(act)
            }
            await drainRenders(payload)
            await mirrorSite({ baseUrl: server.url, dir: incremental })
            await mirrorSite({ baseUrl: server.url, dir: fresh })
            const expected = await feedFiles()
            expect(folderFiles(fresh)).toEqual(expected)
            expect(folderFiles(incremental)).toEqual(expected)
          } finally {
            rmSync(incremental, { recursive: true, force: true })
            rmSync(fresh, { recursive: true, force: true })
          }
        }),
        // A twelfth of the suite's runs: each publishes through Payload. FC_SEED replays a run a failure
        // printed (its seed), here or from CI's log; FC_RUNS runs more (vitest.properties.ts).
        { numRuns: Math.ceil(fc.readConfigureGlobal().numRuns! / 12), endOnFailure: true },
      )
    })

    /** One editor's act on an entry the property made (picked by index among those it made). */
    const mine: { id: number | string; slug: string }[] = []
    /** Slugs no entry holds any more: renamed away from, or deleted. */
    const freed: string[] = []
    async function apply(act: { kind: 'create'; reuse: boolean } | { kind: 'edit' | 'rename' | 'unpublish' | 'publish' | 'delete'; pick: number }): Promise<void> {
      if (act.kind === 'create' || mine.length === 0) {
        const slug = act.kind === 'create' && act.reuse && freed.length ? freed.shift()! : `prop-${made++}`
        mine.push({ id: await create(slug), slug })
        return
      }
      const entry = mine[act.pick % mine.length]!
      switch (act.kind) {
        case 'edit':
          await update(entry.id, { responsibilities: [{ text: `Edited ${made++}.` }] })
          return
        case 'rename':
          freed.push(entry.slug)
          entry.slug = `prop-${made++}`
          await update(entry.id, { slug: entry.slug })
          return
        case 'unpublish':
          await payload.update({ collection: 'career-paths', id: entry.id, data: { _status: 'draft' }, overrideAccess: true })
          return
        case 'publish':
          await update(entry.id, {})
          return
        case 'delete':
          await payload.delete({ collection: 'career-paths', id: entry.id, overrideAccess: true })
          mine.splice(mine.indexOf(entry), 1)
          freed.push(entry.slug)
          return
      }
    }

    /** What a mirror must hold: every item of every feed page, its `.md` and `.json` as served. */
    async function feedFiles(): Promise<Record<string, string>> {
      const site = await siteSettings(payload)
      const files: Record<string, string> = {}
      let after: string | undefined
      for (;;) {
        const page = JSON.parse(await (await feedPage(payload, site, { locale: defaultLocale, limit: 100, ...(after ? { after: decodeFeedCursor(after) } : {}) }, true)).body()) as {
          items: { _career_path: { slug: string } }[]
          next_url?: string
        }
        for (const {
          _career_path: { slug },
        } of page.items) {
          for (const format of ['md', 'json'] as const) {
            files[`career-paths/${slug}.${format}`] = String((await storeOf(payload).file(entryFileKey(defaultLocale, slug, format), { body: true }))!.body)
          }
        }
        if (!page.next_url) return files
        after = new URL(page.next_url).searchParams.get('after') ?? undefined
      }
    }
  })
}

/** Every file of a mirror's folder but its state: path → text. */
export function folderFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name)
    if (name === mirrorStateFileName || statSync(file).isDirectory()) continue
    files[name] = readFileSync(file, 'utf8')
  }
  return files
}
