import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { paragraphs, type CareerPath } from '@careers/career-path'
import { renderMarkdown } from '@careers/publishing'
import type { Payload } from 'payload'
import type { User } from '../../src/payload-types'
import { describe, expect } from 'vitest'
import { exportContent } from '../../src/content/export-content'
import { importContent } from '../../src/content/import-content'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { allPublishedEntries, currentEntry, publishedEntry } from '../../src/entries/load-entries'
import { drainRenders } from '../../src/rendering/worker'
import { contentFileNames } from '../support/content-files'
import type { TestDatabase } from '../support/databases'
import { suiteDatabase } from '../support/suite-database'

export const repoContent = path.resolve(import.meta.dirname, '../../../../content')

export function draftEntry(slug: string, title: string, extra: Partial<CareerPath> = {}): CareerPath {
  return {
    title,
    slug,
    definition: paragraphs(`A ${title} is someone the tests made.`),
    whatTheyDo: paragraphs('They check things.'),
    responsibilities: ['Checking things.'],
    specializations: [],
    faqs: [],
    related: [],
    ...extra,
  }
}

/**
 * The CMS's behaviour through Payload's local API on a real database: the same
 * suite for SQLite, PostgreSQL and MongoDB.
 */
export function cmsSuite(name: string, database: () => Promise<TestDatabase> | TestDatabase): void {
  describe(`CMS on ${name}`, () => {
    let payload: Payload
    const anonymous = { overrideAccess: false, user: null } as const
    let editor: User
    let admin: User
    const { test } = suiteDatabase(`CMS on ${name}`, database, async (started) => {
      payload = started
    })

    test('the first user is an admin whatever they ask for; later users are what an admin makes them', async () => {
      admin = await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct horse battery', role: 'editor' } as never })
      expect(admin.role).toBe('admin')
      editor = await payload.create({ collection: 'users', data: { email: 'editor@example.com', password: 'correct horse battery', role: 'editor' } as never, user: admin, overrideAccess: false })
      expect(editor.role).toBe('editor')
    })

    test('an editor cannot manage users or settings, nor make themself an admin', async () => {
      editor = { ...editor, collection: 'users' }
      await expect(payload.create({ collection: 'users', data: { email: 'x@example.com', password: 'correct horse battery' } as never, user: editor, overrideAccess: false })).rejects.toThrow()
      await expect(payload.update({ collection: 'users', id: admin.id as number, data: { name: 'hijacked' }, user: editor, overrideAccess: false })).rejects.toThrow()
      const self = await payload.update({ collection: 'users', id: editor.id as number, data: { role: 'admin' } as never, user: editor, overrideAccess: false })
      expect(self.role).toBe('editor')
      await expect(payload.updateGlobal({ slug: 'settings', data: { siteName: 'hijacked' }, user: editor, overrideAccess: false })).rejects.toThrow()
    })

    test('imports content/ as published entries, each translation published in its locale, then again changes nothing', async () => {
      const files = contentFileNames(repoContent)
      const english = files.filter((f) => f.startsWith('career-paths/'))
      expect(files.length).toBeGreaterThan(english.length)
      const first = await importContent(payload, repoContent, { settings: true })
      await drainRenders(payload)
      expect(first.failed).toEqual([])
      expect(first.created).toHaveLength(files.length)
      expect(first.created).toContain('es/backend-developer')
      expect(first.settings).toBe('imported')
      const again = await importContent(payload, repoContent)
      expect(again).toMatchObject({ created: [], updated: [], failed: [] })
      expect(again.unchanged).toHaveLength(files.length)
      const published = await payload.find({ collection: 'career-paths', ...anonymous, limit: 0 })
      expect(published.totalDocs).toBe(english.length)
      // Each locale's readers get its own translations, and only those.
      for (const locale of ['es', 'de', 'pl'] as const) {
        const own = files.filter((f) => f.startsWith(`${locale}/`)).length
        const inLocale = await payload.find({ collection: 'career-paths', locale, ...anonymous, limit: 0 })
        expect(inLocale.totalDocs, locale).toBe(own)
      }
      const spanish = await payload.findByID({ collection: 'career-paths', id: published.docs.find((d) => d.slug === 'backend-developer')!.id, locale: 'es', ...anonymous })
      expect(spanish.title).toBe('Desarrollador backend')
      // The settings' texts of each locale, from site.yml's `locales:`.
      const settings = await payload.findGlobal({ slug: 'settings', locale: 'pl', overrideAccess: true })
      expect(settings.feed?.title).toBe('Ścieżki kariery Canyon')
    })

    test('imports nothing of a file with an error, names it at its line, and imports the rest', async () => {
      const scratch = mkdtempSync(path.join(tmpdir(), 'careers-import-'))
      cpSync(repoContent, scratch, { recursive: true })
      const entries = path.join(scratch, 'career-paths')
      const backend = readFileSync(path.join(entries, 'backend-developer.md'), 'utf8')
      writeFileSync(path.join(entries, 'backend-copy.md'), backend.replace('title: Backend Developer', 'title: Backend Copy'))
      writeFileSync(
        path.join(entries, 'qa-engineer.md'),
        readFileSync(path.join(entries, 'qa-engineer.md'), 'utf8')
          .replace('title: QA Engineer', 'title: QA Engineer Renamed')
          .replace(/^## Key responsibilities[\s\S]*?(?=^## )/m, ''),
      )
      const report = await importContent(payload, scratch)
      expect(report.failed.map((f) => `${path.basename(f.file!)}:${f.line}`)).toEqual(expect.arrayContaining([expect.stringMatching(/^backend-copy\.md:\d+$/), expect.stringMatching(/^qa-engineer\.md:\d+$/)]))
      expect(report.failed.find((f) => f.file?.endsWith('backend-copy.md'))?.message).toMatch(/slug "backend-developer" is already used/)
      expect(report).toMatchObject({ created: [], updated: [] })
      expect((await publishedEntry({ payload }, 'qa-engineer'))?.entry.title).toBe('QA Engineer')
    })

    test('exports every published entry back byte for byte, each translation into its locale folder', async () => {
      const out = mkdtempSync(path.join(tmpdir(), 'careers-export-'))
      const report = await exportContent(payload, out)
      const names = contentFileNames(repoContent)
      expect(contentFileNames(out)).toEqual(names)
      for (const name of names) {
        expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(readFileSync(path.join(repoContent, name), 'utf8'))
      }
      expect(report.written).toHaveLength(names.length)
      expect(report.notInCms).toEqual([])
    })

    test("a translation that says otherwise than its entry's shared fields, or translates no entry, is named at its line and not imported; the others are", async () => {
      const scratch = mkdtempSync(path.join(tmpdir(), 'careers-import-'))
      cpSync(repoContent, scratch, { recursive: true })
      const spanish = path.join(scratch, 'es', 'career-paths')
      const backend = readFileSync(path.join(spanish, 'backend-developer.md'), 'utf8')
      writeFileSync(path.join(spanish, 'backend-developer.md'), backend.replace('tags: [engineering, backend]', 'tags: [ingeniería]').replace('Desarrollador backend es', 'Desarrollador backend (cambiado) es'))
      writeFileSync(path.join(spanish, 'nobody.md'), backend.replace('slug: backend-developer', 'slug: nobody'))
      const frontend = readFileSync(path.join(spanish, 'frontend-developer.md'), 'utf8')
      const changed = frontend.replace(/^(## .*\n\n)(.)/m, '$1Texto nuevo. $2')
      expect(changed).not.toBe(frontend)
      writeFileSync(path.join(spanish, 'frontend-developer.md'), changed)
      const report = await importContent(payload, scratch)
      const failed = report.failed.map((f) => `${path.relative(scratch, f.file!)}:${f.line}: ${f.message}`)
      const tagsLine = backend.split('\n').findIndex((l) => l.startsWith('tags:')) + 1
      expect(failed).toEqual(
        expect.arrayContaining([
          `es/career-paths/backend-developer.md:${tagsLine}: tags: [ingeniería] are not the English entry's [engineering, backend]: every language shares an entry's tags; change them in the English file`,
          expect.stringMatching(/^es\/career-paths\/nobody\.md:\d+: no English entry has the slug "nobody"/),
        ]),
      )
      expect(report.updated).toEqual(['es/frontend-developer'])
      expect((await publishedEntry({ payload }, 'backend-developer'))?.entry.tags).toEqual(['engineering', 'backend'])
      const text = JSON.stringify((await publishedEntry({ payload, locale: 'es' }, 'backend-developer'))?.entry.definition)
      expect(text).not.toContain('(cambiado)')
      const spanishFrontend = (await publishedEntry({ payload, locale: 'es' }, 'frontend-developer'))?.entry
      expect(JSON.stringify(spanishFrontend)).toContain('Texto nuevo.')
      // A stale translation whose text changes while it records the same old revision stays stale: the import keeps the file's revision.
      const stale = changed.replace(/source_revision: \S+/, 'source_revision: 0123456789abcdef')
      writeFileSync(path.join(spanish, 'frontend-developer.md'), stale)
      await importContent(payload, scratch)
      writeFileSync(path.join(spanish, 'frontend-developer.md'), stale.replace('Texto nuevo.', 'Texto más nuevo.'))
      await importContent(payload, scratch)
      const restale = (await publishedEntry({ payload, locale: 'es' }, 'frontend-developer'))?.entry
      expect(JSON.stringify(restale)).toContain('Texto más nuevo.')
      expect(restale?.translation?.sourceRevision).toBe('0123456789abcdef')
      // Put back as shipped, for the tests after.
      const back = await importContent(payload, repoContent)
      expect(back.failed).toEqual([])
      expect(back.updated).toEqual(['es/frontend-developer'])
      expect((await publishedEntry({ payload, locale: 'es' }, 'frontend-developer'))?.entry.translation?.sourceRevision).toBe(/source_revision: (\S+)/.exec(frontend)![1])
    })

    /** A scratch content folder: the repository's entries plus `files` (name → Markdown). */
    const scratchContent = (files: Record<string, string>) => {
      const scratch = mkdtempSync(path.join(tmpdir(), 'careers-import-'))
      cpSync(repoContent, scratch, { recursive: true })
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(scratch, 'career-paths', name), text)
      return scratch
    }
    /** Everything of these slugs in the database: documents (drafts too), versions, stored renders. */
    const traces = async (...slugs: string[]) => {
      const where = { slug: { in: slugs } }
      const docs = await payload.find({ collection: 'career-paths', where, draft: true, overrideAccess: true, limit: 0 })
      const versions = await payload.findVersions({ collection: 'career-paths', where: { 'version.slug': { in: slugs } }, overrideAccess: true, limit: 0 })
      await drainRenders(payload)
      const outputs = await payload.find({ collection: 'feed-items', where, overrideAccess: true, limit: 0 })
      const files = await payload.find({ collection: 'published-files', where: { or: slugs.map((slug) => ({ key: { contains: `/career-paths/${slug}` } })) }, overrideAccess: true, limit: 0 })
      return { docs: docs.totalDocs, versions: versions.totalDocs, outputs: outputs.totalDocs + files.totalDocs }
    }
    const nothing = { docs: 0, versions: 0, outputs: 0 }
    const entryFile = (slug: string, title: string, extra: Partial<CareerPath> = {}) => renderMarkdown(draftEntry(slug, title, extra))

    test('reports every problem of a file, each at its own line', async () => {
      const good = entryFile('many-problems', 'Many Problems', { faqs: [{ question: 'Why?', answer: paragraphs('Because.') }] })
      const broken = good
        .replace('slug: many-problems', 'slug: many-problems\noccupationCode: not-a-code')
        .replace(/^## Key responsibilities[\s\S]*?(?=^## )/m, '')
        .replace('Because.', '[Click](javascript:alert(1))')
        .replace('They check things.', 'They check <b>things</b>.')
      const report = await importContent(payload, scratchContent({ 'many-problems.md': broken }))
      const problems = report.failed.filter((f) => f.file?.endsWith('many-problems.md'))
      const lines = broken.split('\n')
      const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ line: lineOf('occupationCode:'), message: expect.stringMatching(/O\*NET-SOC/) }),
          expect.objectContaining({ message: expect.stringMatching(/Key responsibilities/) }),
          expect.objectContaining({ line: lineOf('[Click]'), message: expect.stringMatching(/javascript:alert\(1\).*http, https or mailto/) }),
          expect.objectContaining({ line: lineOf('<b>things</b>'), message: expect.stringMatching(/HTML/) }),
        ]),
      )
      expect(report).toMatchObject({ created: [], updated: [] })
      expect(await traces('many-problems')).toEqual(nothing)
    })

    test('imports nothing of a file that links to a file not imported, naming the link', async () => {
      const linking = entryFile('links-to-broken', 'Links To Broken', { related: ['broken-target'] })
      const brokenTarget = entryFile('broken-target', 'Broken Target').replace(/^## What does[\s\S]*?(?=^## )/m, '')
      const report = await importContent(payload, scratchContent({ 'links-to-broken.md': linking, 'broken-target.md': brokenTarget }))
      const line = linking.split('\n').findIndex((l) => l.includes('(broken-target.md)')) + 1
      expect(report.failed).toContainEqual(
        expect.objectContaining({
          file: expect.stringMatching(/links-to-broken\.md$/),
          line,
          ruleId: 'broken-link',
          source: 'careers',
          message: expect.stringMatching(/related entry "broken-target" is not imported \(broken-target\.md has errors\)/),
        }),
      )
      expect(report).toMatchObject({ created: [], updated: [] })
      expect(await traces('links-to-broken', 'broken-target')).toEqual(nothing)
    })

    test('a file that fails when written leaves nothing behind, nor do the new files linking to it; existing entries keep their links', async () => {
      const files = {
        'written-first.md': entryFile('written-first', 'Written First', { related: ['fails-when-written'] }),
        'fails-when-written.md': entryFile('fails-when-written', 'Fails When Written', { related: ['written-first'] }),
        'zz-written-last.md': entryFile('zz-written-last', 'Written Last'),
        'qa-engineer.md': readFileSync(path.join(repoContent, 'career-paths/qa-engineer.md'), 'utf8').replace(
          '- [Security Engineer](security-engineer.md)',
          '- [Security Engineer](security-engineer.md)\n- [Fails When Written](fails-when-written.md)',
        ),
      }
      const qaBefore = await publishedEntry({ payload }, 'qa-engineer')
      // The database refuses this one entry when it is published (as a lost connection or a full disk would).
      const update = payload.update.bind(payload)
      payload.update = ((args: Parameters<Payload['update']>[0]) =>
        (args.data as { slug?: string } | undefined)?.slug === 'fails-when-written' ? Promise.reject(new Error('disk full')) : update(args)) as Payload['update']
      let report: Awaited<ReturnType<typeof importContent>>
      try {
        report = await importContent(payload, scratchContent(files))
      } finally {
        payload.update = update
      }
      const failed = Object.fromEntries(report.failed.map((f) => [path.basename(f.file!), f]))
      expect(failed['fails-when-written.md']).toMatchObject({ line: 1, message: 'disk full' })
      expect(failed['written-first.md']).toMatchObject({
        line: files['written-first.md'].split('\n').findIndex((l) => l.includes('(fails-when-written.md)')) + 1,
        message: expect.stringMatching(/related entry "fails-when-written" could not be imported/),
      })
      expect(failed['qa-engineer.md']).toMatchObject({ message: expect.stringMatching(/related entry "fails-when-written" could not be imported/) })
      expect(report.created).toEqual(['zz-written-last'])
      expect(await traces('written-first', 'fails-when-written')).toEqual(nothing)
      expect(await publishedEntry({ payload }, 'qa-engineer')).toEqual(qaBefore)
      // The entry that was fine is imported whole; remove it again so the suite's content stays the repository's.
      expect((await publishedEntry({ payload }, 'zz-written-last'))?.entry.title).toBe('Written Last')
      const [last] = (await payload.find({ collection: 'career-paths', where: { slug: { equals: 'zz-written-last' } }, overrideAccess: true })).docs
      await payload.delete({ collection: 'career-paths', id: last!.id, overrideAccess: true })
    })

    test('a draft is seen by editors and by nobody else; publishing shows it', async () => {
      const data = entryToDocumentData(draftEntry('quiet-role', 'Quiet Role'), () => undefined)
      const draft = await payload.create({ collection: 'career-paths', data: { ...data, _status: 'draft' }, draft: true, user: editor, overrideAccess: false })
      expect((await payload.find({ collection: 'career-paths', where: { slug: { equals: 'quiet-role' } }, ...anonymous, draft: true })).totalDocs).toBe(0)
      await expect(payload.findByID({ collection: 'career-paths', id: draft.id, ...anonymous, draft: true })).rejects.toThrow()
      expect(await publishedEntry({ payload }, 'quiet-role')).toBeUndefined()
      expect((await payload.find({ collection: 'career-paths', where: { slug: { equals: 'quiet-role' } }, user: editor, overrideAccess: false, draft: true })).totalDocs).toBe(1)

      await payload.update({ collection: 'career-paths', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
      const published = await publishedEntry({ payload }, 'quiet-role')
      expect(published?.entry.title).toBe('Quiet Role')
    })

    test('a newer draft of a published entry stays out of public reads until it is published', async () => {
      const [doc] = (await payload.find({ collection: 'career-paths', where: { slug: { equals: 'quiet-role' } }, overrideAccess: true })).docs
      await payload.update({ collection: 'career-paths', id: doc!.id, data: { title: 'Quiet Role (draft)' }, draft: true, user: editor, overrideAccess: false })
      expect((await publishedEntry({ payload }, 'quiet-role'))?.entry.title).toBe('Quiet Role')
      await payload.update({ collection: 'career-paths', id: doc!.id, data: { title: 'Quiet Role (autosaved)' }, draft: true, autosave: true, user: editor, overrideAccess: false })
      expect((await publishedEntry({ payload }, 'quiet-role'))?.entry.title).toBe('Quiet Role')
      const viaApi = await payload.find({ collection: 'career-paths', where: { slug: { equals: 'quiet-role' } }, ...anonymous, draft: true })
      expect(viaApi.docs.map((d) => d.title)).toEqual(['Quiet Role'])
      expect((await allPublishedEntries({ payload })).map((e) => e.entry.title)).not.toContain('Quiet Role (draft)')
      await expect(payload.findVersions({ collection: 'career-paths', ...anonymous })).rejects.toThrow()
      // Live preview shows signed-in staff the newest version, autosave included; without a staff user, the published one.
      expect((await currentEntry({ payload, req: { user: editor as never } }, String(doc!.id)))?.entry.title).toBe('Quiet Role (autosaved)')
      expect((await currentEntry({ payload }, String(doc!.id)))?.entry.title).toBe('Quiet Role')
    })

    test('restoring an earlier version brings its content back', async () => {
      const [doc] = (await payload.find({ collection: 'career-paths', where: { slug: { equals: 'quiet-role' } }, overrideAccess: true })).docs
      await payload.update({ collection: 'career-paths', id: doc!.id, data: { title: 'Quiet Role Renamed', _status: 'published' }, user: editor, overrideAccess: false })
      expect((await publishedEntry({ payload }, 'quiet-role'))?.entry.title).toBe('Quiet Role Renamed')
      const versions = await payload.findVersions({
        collection: 'career-paths',
        where: { and: [{ parent: { equals: doc!.id } }, { 'version.title': { equals: 'Quiet Role' } }, { 'version._status': { equals: 'published' } }] },
        user: editor,
        overrideAccess: false,
      })
      expect(versions.docs.length).toBeGreaterThan(0)
      await payload.restoreVersion({ collection: 'career-paths', id: versions.docs[0]!.id, user: editor, overrideAccess: false })
      expect((await publishedEntry({ payload }, 'quiet-role'))?.entry.title).toBe('Quiet Role')
    })

    test('the slug comes from the title; a taken slug and a link to itself are refused with clear messages', async () => {
      const data = entryToDocumentData(draftEntry('', 'Site Reliability Engineer'), () => undefined)
      const made = await payload.create({ collection: 'career-paths', data: { ...data, slug: '', _status: 'published' }, user: editor, overrideAccess: false })
      expect(made.slug).toBe('site-reliability-engineer')
      await expect(payload.create({ collection: 'career-paths', data: { ...data, slug: 'backend-developer', _status: 'published' }, user: editor, overrideAccess: false })).rejects.toThrow(/slug/i)
      const taken = await payload
        .create({ collection: 'career-paths', data: { ...data, slug: 'backend-developer', _status: 'published' }, user: editor, overrideAccess: false })
        .catch((e: { data?: { errors?: { message: string }[] } }) => e.data?.errors?.map((x) => x.message).join(' '))
      expect(taken).toMatch(/"backend-developer" is taken by "Backend Developer"/)
      const self = await payload
        .update({ collection: 'career-paths', id: made.id, data: { related: [made.id] }, user: editor, overrideAccess: false })
        .catch((e: { data?: { errors?: { message: string }[] } }) => e.data?.errors?.map((x) => x.message).join(' '))
      expect(self).toMatch(/cannot be related to itself/)
      const code = await payload
        .update({ collection: 'career-paths', id: made.id, data: { occupationCode: '15-1252' }, user: editor, overrideAccess: false })
        .catch((e: { data?: { errors?: { message: string }[] } }) => e.data?.errors?.map((x) => x.message).join(' '))
      expect(code).toMatch(/must be an O\*NET-SOC code like 15-1252\.00/)
    })

    test('publishing refuses an entry the model would not render, naming the field', async () => {
      const data = entryToDocumentData(draftEntry('no-duties', 'No Duties'), () => undefined)
      const draft = await payload.create({ collection: 'career-paths', data: { ...data, responsibilities: [], _status: 'draft' }, draft: true, user: editor, overrideAccess: false })
      const message = await payload
        .update({ collection: 'career-paths', id: draft.id, data: { _status: 'published' }, user: editor, overrideAccess: false })
        .then(() => 'published')
        .catch((e: { data?: { errors?: { message: string; path: string }[] } }) => JSON.stringify(e.data?.errors))
      expect(message).toMatch(/responsibilit/)
      expect(await publishedEntry({ payload }, 'no-duties')).toBeUndefined()
    })

    test('scheduled publishing is run by the jobs queue when it is due', async () => {
      const data = entryToDocumentData(draftEntry('night-shift', 'Night Shift'), () => undefined)
      const draft = await payload.create({ collection: 'career-paths', data: { ...data, _status: 'draft' }, draft: true, user: editor, overrideAccess: false })
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'career-paths', value: String(draft.id) }, user: { relationTo: 'users', value: editor.id as number } },
        waitUntil: new Date(Date.now() + 1500),
      } as never)
      await payload.jobs.run()
      expect(await publishedEntry({ payload }, 'night-shift')).toBeUndefined()
      await new Promise((r) => setTimeout(r, 1600))
      await payload.jobs.run()
      expect((await publishedEntry({ payload }, 'night-shift'))?.entry.title).toBe('Night Shift')
    })

    test('a document another editor holds is locked', async () => {
      const [doc] = (await payload.find({ collection: 'career-paths', where: { slug: { equals: 'backend-developer' } }, overrideAccess: true })).docs
      await payload.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'career-paths', value: doc!.id }, globalSlug: null, user: { relationTo: 'users', value: admin.id } } as never,
        overrideAccess: true,
      })
      await expect(payload.update({ collection: 'career-paths', id: doc!.id, data: { title: 'Taken over' }, draft: true, user: editor, overrideAccess: false, overrideLock: false })).rejects.toThrow(/locked/i)
    })
  })
}
