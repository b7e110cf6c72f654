import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultLocale, paragraphs } from '@careers/career-path'
import { recordsVersion } from '../../src/rendering/records-version'
import { pageCount } from '@careers/publishing/pdf'
import type { Payload } from 'payload'
import type { User } from '../../src/payload-types'
import { describe, expect } from 'vitest'
import { importContent } from '../../src/content/import-content'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { siteSettings } from '../../src/entries/site-settings'
import { queueRenderAllIfStale } from '../../src/rendering/render-tasks'
import { drainRenders, pendingRenders } from '../../src/rendering/worker'
import { bookFileKey, entryFileKey, type ServedFormat } from '@careers/publishing/contract'
import { renderStoredBook } from '../../src/rendering/render-book'
import { linkersShowingOtherwise } from '../../src/store/store-records'
import { feedPage } from '../../src/serving/feed-page'
import { decodeFeedCursor } from '@careers/publishing/contract'
import { indexPage } from '../../src/store/index-page'
import { storeOf } from '../../src/store/store'
import type { TestDatabase } from '../support/databases'
import { suiteDatabase } from '../support/suite-database'
import { draftEntry, repoContent } from './cms-suite'

/**
 * Publication through the local API on a real database: a write queues
 * renders, a job (run here as the worker runs it) stores the records, and the
 * readers' functions serve them by key. The same suite for every database.
 */
export function publicationSuite(name: string, database: () => Promise<TestDatabase> | TestDatabase): void {
  // The book's job is due at once here, so the suite can run it when it chooses (its own process: vitest forks per file).
  process.env.CAREERS_BOOK_DELAY_MS = '0'
  describe(`publication on ${name}`, () => {
    let payload: Payload
    let editor: User
    /** Jobs the first import ran: its entries' renders and the settings' render of everything. */
    let importJobs = 0
    const { test } = suiteDatabase(`publication on ${name}`, database, async (started) => {
      payload = started
      await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct horse battery' } as never })
      editor = { ...(await payload.create({ collection: 'users', data: { email: 'editor@example.com', password: 'correct horse battery', role: 'editor' } as never })), collection: 'users' }
      const report = await importContent(payload, repoContent, { settings: true })
      expect(report.failed).toEqual([])
      importJobs = await drainRenders(payload)
    })

    const file = (slug: string, format?: ServedFormat) => storeOf(payload).file(entryFileKey(defaultLocale, slug, format), { body: true })
    const text = async (slug: string, format?: ServedFormat) => {
      const found = await file(slug, format)
      return found ? String(found.body) : undefined
    }
    const idOf = async (slug: string) => (await payload.find({ collection: 'career-paths', where: { slug: { equals: slug } }, draft: true, overrideAccess: true })).docs[0]!.id
    /** Every item of the feed, following its cursors `limit` at a time. */
    const allFeedItems = async (limit: number) => {
      const site = await siteSettings(payload)
      const items: { id: string; title: string }[] = []
      let after: string | undefined
      for (let pages = 0; pages < 100; pages++) {
        const page = JSON.parse(await (await feedPage(payload, site, { locale: defaultLocale, limit, ...(after ? { after: decodeFeedCursor(after) } : {}) }, true)).body()) as {
          items: { id: string; title: string }[]
          next_url?: string
        }
        expect(page.items.length).toBeLessThanOrEqual(limit)
        items.push(...page.items)
        if (!page.next_url) return items
        after = new URL(page.next_url).searchParams.get('after') ?? undefined
      }
      throw new Error('the feed never ended')
    }
    const publish = (id: number | string, data: Record<string, unknown>) => payload.update({ collection: 'career-paths', id, data: { ...data, _status: 'published' }, user: editor, overrideAccess: false })

    test('an import renders each entry once, links between its entries included', async () => {
      const files = readdirSync(path.join(repoContent, 'career-paths')).filter((f) => f.endsWith('.md'))
      expect(importJobs).toBe(files.length + 1)
    })

    test('an import stores every format of every entry, byte for byte what the files say', async () => {
      for (const name of readdirSync(path.join(repoContent, 'career-paths')).filter((f) => f.endsWith('.md'))) {
        const slug = name.replace(/\.md$/, '')
        expect(await text(slug, 'md'), slug).toBe(readFileSync(path.join(repoContent, 'career-paths', name), 'utf8'))
        const pdf = await file(slug, 'pdf')
        expect(Buffer.from(pdf!.body).subarray(0, 5).toString()).toBe('%PDF-')
        expect(pdf).toMatchObject({ contentType: 'application/pdf', size: Buffer.from(pdf!.body).byteLength })
        expect(JSON.parse((await text(slug, 'json'))!).slug).toBe(slug)
        expect(JSON.parse((await text(slug))!).heading).toMatch(/Career Path$/)
      }
    })

    test('the book: one job for a burst of publishes, run after their renders, made from the stored Markdown; run again only when a source changed', async () => {
      const bookJobs = () => payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'renderBook' } }, overrideAccess: true, depth: 0 })
      // The import's renders queued one book job a locale between them, which its drain left to the worker.
      expect((await bookJobs()).docs.map((job) => (job.input as { locale: string }).locale).sort()).toEqual(['de', 'en', 'es', 'pl'])
      expect(await storeOf(payload).file(bookFileKey(defaultLocale), { body: false })).toBeUndefined()
      await payload.jobs.run({ where: { taskSlug: { equals: 'renderBook' } }, silent: true })
      expect((await bookJobs()).docs).toHaveLength(0)
      // Each locale's book holds its own translations, in its words: the Spanish one has no English entry.
      const spanishBook = (await storeOf(payload).file(bookFileKey('es'), { body: true }))!
      const spanishFile = path.join(tmpdir(), `book-es-${process.pid}-${Date.now()}.pdf`)
      writeFileSync(spanishFile, spanishBook.body)
      const spanishText = execFileSync('pdftotext', [spanishFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
      rmSync(spanishFile)
      expect(spanishText).toContain('Trayectorias profesionales')
      expect(spanishText).toContain('Desarrollador backend')
      expect(spanishText).not.toContain('Backend Developer Career Path')
      expect(spanishText).not.toContain('QA Engineer')
      const book = (await storeOf(payload).file(bookFileKey(defaultLocale), { body: true }))!
      const entries = readdirSync(path.join(repoContent, 'career-paths')).filter((f) => f.endsWith('.md')).length
      expect(book.contentType).toBe('application/pdf')
      // A cover and contents, then each entry on as many pages as its handout.
      let handoutPages = 0
      for (const name of readdirSync(path.join(repoContent, 'career-paths')).filter((f) => f.endsWith('.md'))) handoutPages += pageCount(Buffer.from((await file(name.replace(/\.md$/, ''), 'pdf'))!.body))
      expect(pageCount(Buffer.from(book.body))).toBeGreaterThan(handoutPages)
      expect(entries).toBeGreaterThan(1)
      expect(await renderStoredBook(payload)).toBe('unchanged')

      const id = await idOf('qa-engineer')
      await publish(id, { responsibilities: [{ text: 'Reading the whole book.' }] })
      await publish(id, { responsibilities: [{ text: 'Reading the whole book, twice.' }] })
      await drainRenders(payload)
      expect((await bookJobs()).docs).toHaveLength(1)
      await payload.jobs.run({ where: { taskSlug: { equals: 'renderBook' } }, silent: true })
      const again = (await storeOf(payload).file(bookFileKey(defaultLocale), { body: true }))!
      expect(again.etag).not.toBe(book.etag)
      const saved = path.join(tmpdir(), `book-${process.pid}-${Date.now()}.pdf`)
      writeFileSync(saved, again.body)
      expect(execFileSync('pdftotext', [saved, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('Reading the whole book, twice.')
      rmSync(saved)
      expect(await renderStoredBook(payload)).toBe('unchanged')
    })

    test('a publish renders nothing itself: readers get the previous bytes until its job has run, then the new ones', async () => {
      const id = await idOf('qa-engineer')
      const before = await file('qa-engineer', 'md')
      await publish(id, { responsibilities: [{ text: 'Testing the new thing first.' }] })
      expect(await pendingRenders(payload)).toBeGreaterThan(0)
      expect(await file('qa-engineer', 'md')).toEqual(before)
      await drainRenders(payload)
      const after = await file('qa-engineer', 'md')
      expect(String(after!.body)).toContain('- Testing the new thing first.')
      expect(after!.etag).not.toBe(before!.etag)
    })

    test('the ETag changes exactly when the bytes do', async () => {
      const before = await Promise.all((['md', 'pdf', 'json'] as const).map((f) => file('backend-developer', f)))
      await payload.jobs.queue({ task: 'renderEntry', input: { entry: String(await idOf('backend-developer')) } })
      await drainRenders(payload)
      const again = await Promise.all((['md', 'pdf', 'json'] as const).map((f) => file('backend-developer', f)))
      expect(again.map((f) => f!.etag)).toEqual(before.map((f) => f!.etag))
      expect(again.map((f) => Buffer.from(f!.body).equals(Buffer.from(before[again.indexOf(f)]!.body)))).toEqual([true, true, true])
    })

    test('records of an older renderer (an upgrade) queue a render of everything on start; readers keep the old files until each is stored', async () => {
      expect(await queueRenderAllIfStale(payload)).toBeUndefined()
      const before = await file('qa-engineer', 'md')
      await payload.db.updateMany({ collection: 'feed-items', where: { slug: { equals: 'qa-engineer' } }, data: { rendererVersion: recordsVersion - 1 } })
      expect(await queueRenderAllIfStale(payload)).toMatch(/^1 published entries lack records of renderer \d+/)
      expect(await file('qa-engineer', 'md')).toEqual(before)
      await drainRenders(payload)
      expect(await queueRenderAllIfStale(payload)).toBeUndefined()
      expect(await file('qa-engineer', 'md')).toEqual(before)
    })

    test('drafts and autosaves never make public records, nor queue renders', async () => {
      const data = entryToDocumentData(draftEntry('draft-only', 'Draft Only'), () => undefined)
      const draft = await payload.create({ collection: 'career-paths', data: { ...data, _status: 'draft' }, draft: true, user: editor, overrideAccess: false })
      const id = await idOf('backend-developer')
      const md = await file('backend-developer', 'md')
      await payload.update({ collection: 'career-paths', id, data: { title: 'Backend Developer (draft)' }, draft: true, user: editor, overrideAccess: false })
      await payload.update({ collection: 'career-paths', id, data: { title: 'Backend Developer (autosave)' }, draft: true, autosave: true, user: editor, overrideAccess: false })
      await payload.update({ collection: 'career-paths', id: draft.id, data: { title: 'Draft Only 2' }, draft: true, autosave: true, user: editor, overrideAccess: false })
      expect(await pendingRenders(payload)).toBe(0)
      await drainRenders(payload)
      expect(await file('draft-only', 'md')).toBeUndefined()
      expect(await file('backend-developer', 'md')).toEqual(md)
      const items = await allFeedItems(100)
      expect(items.map((i) => i.title)).not.toContain('Draft Only Career Path')
      // Leave the published entry as it was for the tests after this one.
      await publish(id, { title: 'Backend Developer' })
      await drainRenders(payload)
    })

    test('an entry its linkers already show as it is queues no render of them; a new title, address or visibility does', async () => {
      const id = String(await idOf('backend-developer'))
      expect(await linkersShowingOtherwise(payload, id, { slug: 'backend-developer', title: 'Backend Developer' })).toEqual([])
      const linkers = await linkersShowingOtherwise(payload, id, { slug: 'backend-developer', title: 'Back-End Developer' })
      expect(linkers).toContain(String(await idOf('frontend-developer')))
      expect((await linkersShowingOtherwise(payload, id, { slug: 'backend-dev', title: 'Backend Developer' })).sort()).toEqual([...linkers].sort())
      expect((await linkersShowingOtherwise(payload, id, undefined)).sort()).toEqual([...linkers].sort())
    })

    test('a changed title re-renders the entries that link to it; a changed setting re-renders every entry', async () => {
      const linking = 'frontend-developer' // links to backend-developer
      expect(await text(linking, 'md')).toContain('[Backend Developer](backend-developer.md)')
      const id = await idOf('backend-developer')
      await publish(id, { title: 'Back-End Developer' })
      await drainRenders(payload)
      expect(await text(linking, 'md')).toContain('[Back-End Developer](backend-developer.md)')
      await publish(id, { title: 'Backend Developer' })
      await drainRenders(payload)
      expect(await text(linking, 'md')).toContain('[Backend Developer](backend-developer.md)')

      const pdfBefore = await file('api-developer', 'pdf')
      await payload.updateGlobal({ slug: 'settings', data: { handoutFooter: 'Printed from the tests' }, overrideAccess: true })
      await drainRenders(payload)
      const pdfAfter = await file('api-developer', 'pdf')
      expect(pdfAfter!.etag).not.toBe(pdfBefore!.etag)
      expect(JSON.parse((await text('api-developer'))!).siteName).toBe((await siteSettings(payload)).siteName)
    })

    test('a renamed slug moves every file to the new address and leaves nothing at the old one', async () => {
      const id = await idOf('api-developer')
      await publish(id, { slug: 'api-engineer' })
      await drainRenders(payload)
      for (const format of [undefined, 'md', 'pdf', 'json'] as const) {
        expect(await file('api-developer', format), String(format)).toBeUndefined()
        expect(await file('api-engineer', format), String(format)).toBeDefined()
      }
      await publish(id, { slug: 'api-developer' })
      await drainRenders(payload)
      expect(await file('api-developer', 'md')).toBeDefined()
    })

    test('unpublishing and deleting remove the files and the feed item; the linking entries drop the link', async () => {
      const data = entryToDocumentData(draftEntry('short-lived', 'Short Lived'), () => undefined)
      const made = await payload.create({ collection: 'career-paths', data: { ...data, _status: 'published' }, user: editor, overrideAccess: false })
      const linker = await payload.create({
        collection: 'career-paths',
        data: { ...entryToDocumentData(draftEntry('links-to-short', 'Links To Short'), () => undefined), related: [made.id], _status: 'published' },
        user: editor,
        overrideAccess: false,
      })
      await drainRenders(payload)
      expect(await text('links-to-short', 'md')).toContain('[Short Lived](short-lived.md)')
      expect((await allFeedItems(100)).map((i) => i.title)).toContain('Short Lived Career Path')

      await payload.update({ collection: 'career-paths', id: made.id, data: { _status: 'draft' }, user: editor, overrideAccess: false })
      await drainRenders(payload)
      expect(await file('short-lived', 'md')).toBeUndefined()
      expect((await allFeedItems(100)).map((i) => i.title)).not.toContain('Short Lived Career Path')
      expect(await text('links-to-short', 'md')).not.toContain('short-lived.md')

      await publish(made.id, {})
      await drainRenders(payload)
      expect(await text('links-to-short', 'md')).toContain('[Short Lived](short-lived.md)')
      await payload.delete({ collection: 'career-paths', id: made.id, user: editor, overrideAccess: false })
      await drainRenders(payload)
      for (const format of [undefined, 'md', 'pdf', 'json'] as const) expect(await file('short-lived', format)).toBeUndefined()
      expect((await allFeedItems(100)).map((i) => i.title)).not.toContain('Short Lived Career Path')
      expect(await text('links-to-short', 'md')).not.toContain('short-lived.md')
      await payload.delete({ collection: 'career-paths', id: linker.id, overrideAccess: true })
      await drainRenders(payload)
    })

    test('a render that throws is retried, its error shown to staff, and readers keep the last good files', async () => {
      const id = await idOf('data-engineer')
      const good = await file('data-engineer', 'md')
      // What no editor can save (the model refuses it at publish) but a bug or a broken import could leave:
      // a rich-text node the model does not know, written under the hooks. The adapter takes localized fields
      // keyed by locale and replaces a document's locale rows whole, so the write is the document in every locale.
      const [doc] = (await payload.find({ collection: 'career-paths', where: { id: { equals: id } }, locale: 'all', depth: 0, overrideAccess: true })).docs as unknown as Record<string, any>[]
      const definition = structuredClone(doc!.definition[defaultLocale] as { root: { children: unknown[] } })
      const writeDefinition = (value: unknown) => payload.db.updateOne({ collection: 'career-paths', id, data: { ...doc, definition: { ...doc!.definition, [defaultLocale]: value } } })
      definition.root.children.push({ type: 'horizontalrule', version: 1 })
      await writeDefinition(definition)
      await payload.jobs.queue({ task: 'renderEntry', input: { entry: String(id) } })
      await payload.jobs.run({ limit: 10, sequential: true, silent: true })
      const { docs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'renderEntry' } }, user: editor, overrideAccess: false })
      const job = docs.find((d) => (d as { input?: { entry?: string } }).input?.entry === String(id)) as Record<string, any> | undefined
      expect(job, 'the failed render is listed for staff').toBeDefined()
      expect(job!.totalTried).toBeGreaterThanOrEqual(1)
      expect(job!.waitUntil, 'it is retried later, with backoff').toBeTruthy()
      expect(JSON.stringify(job!.log)).toMatch(/definition/)
      await expect(payload.find({ collection: 'payload-jobs', user: null, overrideAccess: false })).rejects.toThrow()
      expect(await file('data-engineer', 'md')).toEqual(good)
      // Mended, the retry (or a new publish) renders it.
      definition.root.children.pop()
      await writeDefinition(definition)
      await payload.db.updateMany({ collection: 'payload-jobs', where: { id: { equals: job!.id } }, data: { waitUntil: null } })
      await drainRenders(payload)
      expect(await file('data-engineer', 'md')).toEqual(good)
      expect(await pendingRenders(payload)).toBe(0)
    })

    test("the feed's pages cover every published entry exactly once, in a stable order", async () => {
      const published = await payload.count({ collection: 'career-paths', where: { _status: { equals: 'published' } }, overrideAccess: true })
      const byThree = await allFeedItems(3)
      expect(byThree).toHaveLength(published.totalDocs)
      expect(new Set(byThree.map((i) => i.id)).size).toBe(published.totalDocs)
      expect((await allFeedItems(100)).map((i) => i.id)).toEqual(byThree.map((i) => i.id))
    })

    test('the index is paged, searched by title and filtered by tag', async () => {
      const all = await indexPage(payload, { locale: defaultLocale })
      expect(all.entries.map((e) => e.title)).toEqual([...all.entries.map((e) => e.title)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
      expect(all.hasNext).toBe(false)
      expect((await indexPage(payload, { locale: defaultLocale, search: 'developer back' })).entries.map((e) => e.slug)).toEqual(['backend-developer'])
      const tagged = await indexPage(payload, { locale: defaultLocale, tag: 'backend' })
      expect(tagged.entries.length).toBeGreaterThan(0)
      expect(tagged.entries.every((e) => e.tags.includes('backend'))).toBe(true)
      expect(tagged.entries.length).toBeLessThan(all.entries.length)
      expect((await indexPage(payload, { locale: defaultLocale, tag: 'engineer' })).entries).toEqual([])
      expect((await indexPage(payload, { locale: defaultLocale, page: 2 })).entries).toEqual([])
    })

    test('a published entry whose first render is not stored yet is told apart from no entry', async () => {
      const data = entryToDocumentData(draftEntry('just-now', 'Just Now', { definition: paragraphs('Moments ago.') }), () => undefined)
      await payload.create({ collection: 'career-paths', data: { ...data, _status: 'published' }, user: editor, overrideAccess: false })
      const { isPublishedSlug } = await import('../../src/serving/published-slug')
      expect(await file('just-now', 'md')).toBeUndefined()
      expect(await isPublishedSlug(payload, 'just-now')).toBe(true)
      expect(await isPublishedSlug(payload, 'never-was')).toBe(false)
      await drainRenders(payload)
      expect(await file('just-now', 'md')).toBeDefined()
    })
  })
}
