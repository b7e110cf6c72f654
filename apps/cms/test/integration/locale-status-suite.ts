import { localeFormNames, paragraphs } from '@careers/career-path'
import { mdastToLexical } from '@careers/lexical-mdast'
import type { Payload } from 'payload'
import * as qs from 'qs-esm'
import { describe, expect } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { describeLocaleStatuses, localeStatuses } from '../../src/entries/locale-status'
import type { CareerPath, User } from '../../src/payload-types'
import type { TestDatabase } from '../support/databases'
import { restRequest } from '../support/rest'
import { suiteDatabase } from '../support/suite-database'
import { draftEntry } from './cms-suite'

type Locale = 'en' | 'es' | 'de' | 'pl'

/** The texts of one locale of an entry, as an editor types them. */
const translation = (locale: Locale, title: string, definition: string) => ({
  title,
  forms: localeFormNames(locale).map((name) => ({ name, value: `${name} ${title}` })),
  definition: mdastToLexical(paragraphs(definition)) as unknown as CareerPath['definition'],
  whatTheyDo: mdastToLexical(paragraphs(`${title}: ${definition}`)) as unknown as CareerPath['whatTheyDo'],
  responsibilities: [{ text: `${definition} (1)` }],
})

/**
 * Each locale of an entry is published on its own (the brief's "Languages"):
 * `PATCH /api/career-paths/<id>?locale=es` with `_status: "published"` publishes
 * Spanish and nothing else: not a German draft, not a newer English draft. This
 * holds Payload's per-locale status (`experimental.localizeStatus` with
 * `versions.drafts.localizeStatus`) to that, over REST as partners and the admin
 * call it and through the local API, on every SQL database.
 */
export function localeStatusSuite(name: string, database: () => Promise<TestDatabase> | TestDatabase): void {
  describe(`per-locale publishing on ${name}`, () => {
    let payload: Payload
    let editor: User
    let token: string
    let id: number | string
    const { test } = suiteDatabase(`per-locale publishing on ${name}`, database, async (started) => {
      payload = started
      await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct horse battery' } as never })
      editor = { ...(await payload.create({ collection: 'users', data: { email: 'editor@example.com', password: 'correct horse battery', role: 'editor' } as never })), collection: 'users' }
      token = (await payload.login({ collection: 'users', data: { email: 'editor@example.com', password: 'correct horse battery' } })).token!
    })

    const anonymous = { overrideAccess: false, user: null } as const
    const asEditor = () => ({ overrideAccess: false, user: editor }) as const
    /** What a reader gets in a locale: the published title, or nothing. */
    const publicTitle = async (locale: Locale) => {
      const found = await payload.find({ collection: 'career-paths', locale, where: { id: { equals: id } }, depth: 0, ...anonymous })
      return found.docs[0]?.title ?? null
    }
    const restTitle = async (query: string) => {
      const response = await restRequest(payload, 'GET', `/career-paths/${id}?${query}&depth=0`)
      return response.status === 200 ? ((await response.json()).title as string | null) : response.status
    }
    const staffDraftTitle = async (locale: Locale) => (await payload.findByID({ collection: 'career-paths', id, locale, draft: true, depth: 0, ...asEditor() })).title ?? null
    const statuses = async () => {
      const doc = (await payload.findByID({ collection: 'career-paths', id, locale: 'all', draft: false, depth: 0, overrideAccess: true })) as unknown as { _status?: Partial<Record<Locale, string | null>> }
      return Object.fromEntries((['en', 'es', 'de', 'pl'] as const).map((l) => [l, doc._status?.[l] === 'published' ? 'published' : 'not published']))
    }

    test('publishing Spanish over REST publishes Spanish alone: not German, not a newer English draft', async () => {
      const data = entryToDocumentData(draftEntry('world-path', 'World Path'), () => undefined)
      id = (await payload.create({ collection: 'career-paths', locale: 'en', data: { ...data, _status: 'published' }, ...asEditor() })).id
      await payload.update({ collection: 'career-paths', id, locale: 'en', draft: true, data: { title: 'World Path Revised' }, ...asEditor() })
      await payload.update({ collection: 'career-paths', id, locale: 'de', draft: true, data: translation('de', 'Weltpfad', 'Ein Weg um die Welt.'), ...asEditor() })
      await payload.update({ collection: 'career-paths', id, locale: 'es', draft: true, data: translation('es', 'Camino del mundo', 'Un camino por el mundo.'), ...asEditor() })
      expect(await statuses()).toEqual({ en: 'published', es: 'not published', de: 'not published', pl: 'not published' })

      const response = await restRequest(payload, 'PATCH', `/career-paths/${id}?locale=es&depth=0`, { token, body: { _status: 'published' } })
      expect(response.status, JSON.stringify(await response.json())).toBe(200)

      expect(await statuses()).toEqual({ en: 'published', es: 'published', de: 'not published', pl: 'not published' })
      expect(await publicTitle('es')).toBe('Camino del mundo')
      expect(await publicTitle('en')).toBe('World Path')
      expect(await publicTitle('de')).toBeNull()
      expect(await publicTitle('pl')).toBeNull()
      // Staff's drafts are where they were.
      expect(await staffDraftTitle('en')).toBe('World Path Revised')
      expect(await staffDraftTitle('de')).toBe('Weltpfad')
    })

    test("the admin's Languages column shows each locale as it stands: English published with a newer draft, Spanish published, German a draft, Polish missing", async () => {
      const shown = await localeStatuses(payload, id)
      expect(shown.map((s) => [s.locale, s.state, s.stale])).toEqual([
        ['en', 'published', false],
        ['es', 'published', false],
        ['de', 'draft', false],
        ['pl', 'missing', false],
      ])
      expect(describeLocaleStatuses(shown)).toBe('EN published · ES published · DE draft · PL missing')
    })

    test("no door shows a reader a locale's draft or another locale's text", async () => {
      expect(await restTitle('locale=es')).toBe('Camino del mundo')
      expect(await restTitle('locale=en')).toBe('World Path')
      expect(await restTitle('locale=en&draft=true')).toBe('World Path')
      expect(await restTitle('locale=de')).toBe(404)
      expect(await restTitle('locale=de&draft=true')).toBe(404)
      expect(await restTitle('locale=pl&fallback-locale=en')).toBe(404)
      // The list over REST: the entry is in Spanish and English lists, not in German ones.
      for (const [locale, expected] of [
        ['es', 1],
        ['en', 1],
        ['de', 0],
        ['pl', 0],
      ] as const) {
        const list = await restRequest(payload, 'GET', `/career-paths?locale=${locale}&draft=true&depth=0&where[id][equals]=${id}`)
        expect(((await list.json()).docs as unknown[]).length, locale).toBe(expected)
      }
    })

    test('publishing English then publishes its newer draft and leaves Spanish as it was published', async () => {
      const response = await restRequest(payload, 'PATCH', `/career-paths/${id}?locale=en&depth=0`, { token, body: { _status: 'published' } })
      expect(response.status, JSON.stringify(await response.json())).toBe(200)
      expect(await publicTitle('en')).toBe('World Path Revised')
      expect(await publicTitle('es')).toBe('Camino del mundo')
      expect(await publicTitle('de')).toBeNull()
      expect(await statuses()).toEqual({ en: 'published', es: 'published', de: 'not published', pl: 'not published' })
    })

    test('once English publishes new text, the Languages column shows the translations made from the old one as stale', async () => {
      expect((await localeStatuses(payload, id)).map((s) => [s.locale, s.state, s.stale])).toEqual([
        ['en', 'published', false],
        ['es', 'published', true],
        ['de', 'draft', true],
        ['pl', 'missing', false],
      ])
    })

    test('a Spanish edit saved as a draft changes no published text in any locale', async () => {
      await payload.update({ collection: 'career-paths', id, locale: 'es', draft: true, data: { title: 'Camino del mundo (borrador)' }, ...asEditor() })
      expect(await publicTitle('es')).toBe('Camino del mundo')
      expect(await publicTitle('en')).toBe('World Path Revised')
      expect(await staffDraftTitle('es')).toBe('Camino del mundo (borrador)')
    })

    test('publishing German through the local API publishes German alone, with its own texts', async () => {
      await payload.update({ collection: 'career-paths', id, locale: 'de', data: { _status: 'published' }, ...asEditor() })
      expect(await publicTitle('de')).toBe('Weltpfad')
      expect(await publicTitle('es')).toBe('Camino del mundo')
      expect(await publicTitle('en')).toBe('World Path Revised')
      const german = await payload.findByID({ collection: 'career-paths', id, locale: 'de', depth: 0, ...anonymous })
      expect(german.responsibilities?.map((r) => r.text)).toEqual(['Ein Weg um die Welt. (1)'])
      expect(await statuses()).toEqual({ en: 'published', es: 'published', de: 'published', pl: 'not published' })
    })

    test('unpublishing Spanish leaves English and German published', async () => {
      const response = await restRequest(payload, 'PATCH', `/career-paths/${id}?locale=es&depth=0`, { token, body: { _status: 'draft' } })
      expect(response.status, JSON.stringify(await response.json())).toBe(200)
      expect(await publicTitle('es')).toBeNull()
      expect(await publicTitle('en')).toBe('World Path Revised')
      expect(await publicTitle('de')).toBe('Weltpfad')
      expect(await statuses()).toEqual({ en: 'published', es: 'not published', de: 'published', pl: 'not published' })
    })
    /** A publish or unpublish of one locale the admin's "Schedule" queues, run when due. */
    const schedule = async (type: 'publish' | 'unpublish', locale: Locale) => {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, locale, doc: { relationTo: 'career-paths', value: String(id) }, user: { relationTo: 'users', value: editor.id as number } },
        waitUntil: new Date(Date.now() + 500),
      } as never)
      await new Promise((r) => setTimeout(r, 600))
      // Only the schedule's job: the renders the writes queued are the publication suite's business.
      await payload.jobs.run({ allQueues: true, where: { taskSlug: { equals: 'schedulePublish' } } })
    }

    test('a scheduled publish of Polish publishes Polish alone when it is due', async () => {
      await payload.update({ collection: 'career-paths', id, locale: 'pl', draft: true, data: translation('pl', 'Ścieżka świata', 'Droga dookoła świata.'), ...asEditor() })
      await payload.update({ collection: 'career-paths', id, locale: 'en', draft: true, data: { title: 'World Path Third' }, ...asEditor() })
      await schedule('publish', 'pl')
      expect(await statuses()).toEqual({ en: 'published', es: 'not published', de: 'published', pl: 'published' })
      expect(await publicTitle('pl')).toBe('Ścieżka świata')
      expect(await publicTitle('en')).toBe('World Path Revised')
    })

    test('a scheduled unpublish of German unpublishes German alone when it is due', async () => {
      await schedule('unpublish', 'de')
      expect(await statuses()).toEqual({ en: 'published', es: 'not published', de: 'not published', pl: 'published' })
      expect(await publicTitle('de')).toBeNull()
      expect(await publicTitle('en')).toBe('World Path Revised')
    })
    test("shared fields belong to no locale: a publish of any locale publishes the newest draft's", async () => {
      await payload.update({ collection: 'career-paths', id, locale: 'en', draft: true, data: { title: 'World Path Fourth', tags: ['shared-draft'] }, ...asEditor() })
      const response = await restRequest(payload, 'PATCH', `/career-paths/${id}?locale=pl&depth=0`, { token, body: { _status: 'published' } })
      expect(response.status, JSON.stringify(await response.json())).toBe(200)
      const english = await payload.findByID({ collection: 'career-paths', id, locale: 'en', depth: 0, ...anonymous })
      // English text stays as published; the tags (one value for every locale) went public with Polish.
      expect([english.title, english.tags]).toEqual(['World Path Revised', ['shared-draft']])
      expect(await staffDraftTitle('en')).toBe('World Path Fourth')
    })
    test("the admin's relationship picker (a POST read, its query in a form body) finds entries by their title in its locale, or the default's when it names none", async () => {
      // The body the picker sends (Payload's ui Relationship/Input: qs-stringified, draft, select of useAsTitle).
      const picker = (search: string, locale?: Locale) =>
        qs.stringify({ depth: 0, draft: true, limit: 10, ...(locale && { locale }), page: 1, select: { title: true }, sort: 'title', where: { and: [{ id: { not_in: [] } }, { title: { like: search } }] } })
      for (const [locale, search] of [
        [undefined, 'World'],
        ['en', 'World'],
        ['es', 'mundo'],
      ] as const) {
        const response = await restRequest(payload, 'POST', '/career-paths', { token, form: picker(search, locale) })
        const body = await response.json()
        expect(response.status, JSON.stringify(body)).toBe(200)
        const titles = (body.docs as { title: unknown }[]).map((d) => d.title)
        expect(titles.length, `${locale}: ${JSON.stringify(body)}`).toBeGreaterThan(0)
        for (const title of titles) expect(title, `${locale}: ${JSON.stringify(titles)}`).toContain(search)
      }
    })
    test('publishing a translation without a form of the title its headings need is refused, naming the form', async () => {
      const data = entryToDocumentData(draftEntry('formless-path', 'Formless Path'), () => undefined)
      const made = await payload.create({ collection: 'career-paths', locale: 'en', data: { ...data, _status: 'published' }, ...asEditor() })
      const { forms: _forms, ...withoutForms } = translation('es', 'Camino sin formas', 'Un camino.')
      await payload.update({ collection: 'career-paths', id: made.id, locale: 'es', draft: true, data: withoutForms, ...asEditor() })
      const response = await restRequest(payload, 'PATCH', `/career-paths/${made.id}?locale=es&depth=0`, { token, body: { _status: 'published' } })
      const body = JSON.stringify(await response.json())
      expect(response.status, body).toBe(400)
      expect(body).toContain('forms: Español headings need the form \\"indefinite\\"')
      const spanish = await payload.findByID({ collection: 'career-paths', id: made.id, locale: 'es', depth: 0, ...anonymous }).catch(() => null)
      expect(spanish?.title ?? null).toBeNull()
    })
    test("a REST request naming no locale is the default locale's: a draft made with ?draft=true is English, and publishing it validates English", async () => {
      const data = entryToDocumentData(draftEntry('no-locale-path', 'No Locale Path'), () => undefined)
      const made = await restRequest(payload, 'POST', '/career-paths?draft=true&depth=0', { token, body: { ...data, _status: 'draft' } })
      const body = await made.json()
      expect(made.status, JSON.stringify(body)).toBe(201)
      const draftId = (body.doc as { id: number }).id
      const stored = (await payload.findByID({ collection: 'career-paths', id: draftId, locale: 'all', draft: true, depth: 0, overrideAccess: true })) as unknown as { title: Record<string, string> }
      expect(stored.title).toEqual({ en: 'No Locale Path' })
      const published = await restRequest(payload, 'PATCH', `/career-paths/${draftId}?depth=0`, { token, body: { _status: 'published' } })
      expect(published.status, JSON.stringify(await published.json())).toBe(200)
      expect((await restRequest(payload, 'GET', '/career-paths?where[_status][equals]=draft&draft=true')).status).toBe(200)
    })
  })
}
