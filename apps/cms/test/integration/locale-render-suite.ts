import { localeFormNames, paragraphs, translationRevision, type Locale } from '@careers/career-path'
import { mdastToLexical } from '@careers/lexical-mdast'
import type { Payload } from 'payload'
import { describe, expect } from 'vitest'
import { documentToEntry, entryToDocumentData } from '../../src/entries/document-entry'
import { drainRenders } from '../../src/rendering/worker'
import { entryFileKey, feedItemKey, type ServedFormat } from '@careers/publishing/contract'
import type { CareerPath } from '../../src/payload-types'
import type { PageContent } from '../../src/rendering/page-content'
import { entryFileResponse } from '../../src/serving/entry-file-response'
import { feedResponse } from '../../src/serving/feed-response'
import { storeOf } from '../../src/store/store'
import type { TestDatabase } from '../support/databases'
import { suiteDatabase } from '../support/suite-database'
import { draftEntry } from './cms-suite'

/** A locale's texts of the entry, with every form of the title its headings may need. */
const translation = (locale: Locale, title: string, definition: string) => ({
  title,
  definition: mdastToLexical(paragraphs(definition)) as unknown as CareerPath['definition'],
  whatTheyDo: mdastToLexical(paragraphs(`${definition} ${definition}`)) as unknown as CareerPath['whatTheyDo'],
  responsibilities: [{ text: `${definition} (1)` }],
  forms: localeFormNames(locale).map((name) => ({ name, value: `${name} ${title}` })),
})

/**
 * The render job, per locale: every locale published for the entry is rendered
 * and stored under `<locale>/…`, every other one has no records, each change
 * logged with its locale; English is rendered as it was before locales.
 */
export function localeRenderSuite(name: string, database: () => Promise<TestDatabase> | TestDatabase): void {
  describe(`per-locale renders on ${name}`, () => {
    let payload: Payload
    let id: number | string
    const slug = 'world-render'
    const { test } = suiteDatabase(`per-locale renders on ${name}`, database, async (started) => {
      payload = started
    })
    const text = async (locale: Locale, format?: ServedFormat) => {
      const found = await storeOf(payload).file(entryFileKey(locale, slug, format), { body: true })
      return found ? String(found.body) : undefined
    }
    const changes = async () => (await payload.find({ collection: 'changes', sort: 'sequence', limit: 0, overrideAccess: true })).docs.map((c) => `${c.type} ${c.locale} ${c.slug}`)
    const storedLocales = async () => {
      const { docs } = await payload.find({ collection: 'feed-items', where: { entry: { equals: String(id) } }, limit: 0, overrideAccess: true })
      return docs.map((d) => d.locale).sort()
    }

    test('an English entry renders English alone, as before', async () => {
      const entry = draftEntry(slug, 'World Render')
      id = (await payload.create({ collection: 'career-paths', locale: 'en', data: { ...entryToDocumentData(entry, () => undefined), _status: 'published' }, overrideAccess: true })).id
      await drainRenders(payload)
      expect(await storedLocales()).toEqual(['en'])
      expect(await text('en', 'md')).toContain('title: World Render')
      expect(await text('en', 'md')).toContain('# World Render Career Path')
      for (const locale of ['es', 'de', 'pl'] as const) expect(await text(locale, 'md'), locale).toBeUndefined()
      expect(await changes()).toEqual([`published en ${slug}`])
    })

    test('publishing Spanish stores the Spanish files under es/, leaves English byte for byte, logs es', async () => {
      const english = { md: await text('en', 'md'), json: await text('en', 'json'), page: await text('en') }
      await payload.update({ collection: 'career-paths', id, locale: 'es', draft: true, data: translation('es', 'Ruta del mundo', 'Un camino por el mundo.'), overrideAccess: true })
      await payload.update({ collection: 'career-paths', id, locale: 'de', draft: true, data: translation('de', 'Weltpfad', 'Ein Weg um die Welt.'), overrideAccess: true })
      await payload.update({ collection: 'career-paths', id, locale: 'es', data: { _status: 'published' }, overrideAccess: true })
      await drainRenders(payload)
      expect(await storedLocales()).toEqual(['en', 'es'])
      const spanish = await text('es', 'md')
      expect(spanish).toContain('title: Ruta del mundo')
      // The locale's own headings (the locale is the folder's, not a line of the file).
      expect(spanish).toContain('# Ruta del mundo: trayectoria profesional')
      expect(spanish).toContain('Un camino por el mundo.')
      expect(spanish).not.toContain('World Render')
      expect(await storeOf(payload).file(entryFileKey('es', slug, 'pdf'), { body: false })).toBeDefined()
      expect(await text('de', 'md')).toBeUndefined()
      // English files byte for byte; its page gains the Spanish alternate (hreflang), so English logs a change too.
      expect({ md: await text('en', 'md'), json: await text('en', 'json') }).toEqual({ md: english.md, json: english.json })
      const withoutAlternates = (page: string | undefined) => ({ ...JSON.parse(page!), alternates: undefined })
      expect(withoutAlternates(await text('en'))).toEqual(withoutAlternates(english.page))
      expect(await changes()).toEqual([`published en ${slug}`, `published en ${slug}`, `published es ${slug}`])
      const item = await payload.find({ collection: 'feed-items', where: { key: { equals: feedItemKey('es', id) } }, overrideAccess: true })
      expect(item.docs[0]?.title).toBe('Ruta del mundo')
      const feedItem = JSON.parse(item.docs[0]!.item) as { url: string; language?: string }
      expect(feedItem.url).toMatch(new RegExp(`/es/career-paths/${slug}$`))
      expect(feedItem.language).toBe('es')
    })

    test('each page names its language, the locales it is published in (hreflang, x-default) and inLanguage', async () => {
      const page = async (locale: Locale) => JSON.parse((await text(locale))!) as PageContent
      const [english, spanish] = [await page('en'), await page('es')]
      const base = english.canonical.replace(`/career-paths/${slug}`, '')
      const expected = [
        { locale: 'en', hreflang: 'en', href: `${base}/career-paths/${slug}` },
        { locale: 'es', hreflang: 'es', href: `${base}/es/career-paths/${slug}` },
        { locale: 'x-default', hreflang: 'x-default', href: `${base}/career-paths/${slug}` },
      ]
      expect([english.language, spanish.language]).toEqual(['en', 'es'])
      // The page's heading in its locale's words (the Markdown's `# …`).
      expect([english.heading, spanish.heading]).toEqual(['World Render Career Path', 'Ruta del mundo: trayectoria profesional'])
      expect(english.alternates).toEqual(expected)
      expect(spanish.alternates).toEqual(expected)
      expect(spanish.canonical).toBe(`${base}/es/career-paths/${slug}`)
      expect([english.jsonLd.inLanguage, spanish.jsonLd.inLanguage]).toEqual(['en', 'es'])
    })

    test('a translation is stale once the English text it was made from changes, and current again when confirmed or updated', async () => {
      const translationOf = async () => {
        const item = await payload.find({ collection: 'feed-items', where: { key: { equals: feedItemKey('es', id) } }, overrideAccess: true })
        return (JSON.parse(item.docs[0]!.item) as { _career_path: { translation: { source_revision: string | null; stale: boolean } } })._career_path.translation
      }
      const englishRevision = async () => translationRevision(documentToEntry(await payload.findByID({ collection: 'career-paths', id, locale: 'en', depth: 0, overrideAccess: true }), () => undefined))
      // Saving the Spanish text recorded the English revision it was made from.
      expect(await translationOf()).toEqual({ source_revision: await englishRevision(), stale: false })
      const before = (await changes()).length

      // English changes and is published: the Spanish item says it is stale (a change partners see), its text untouched.
      await payload.update({ collection: 'career-paths', id, locale: 'en', data: { responsibilities: [{ text: 'A new English duty' }] }, overrideAccess: true })
      await drainRenders(payload)
      const stale = await translationOf()
      expect(stale.stale).toBe(true)
      expect(stale.source_revision).not.toBe(await englishRevision())
      expect(await text('es', 'md')).toContain('Un camino por el mundo.')
      expect((await changes()).slice(before)).toContain(`published es ${slug}`)
      // Tags are not translated text: changing them leaves the translation as it stands.
      await payload.update({ collection: 'career-paths', id, locale: 'en', data: { tags: ['untranslated-change'] }, overrideAccess: true })

      // A translator confirms the translation still says the same (a draft, then published): current again.
      await payload.update({ collection: 'career-paths', id, locale: 'es', draft: true, data: { confirmTranslation: true } as never, overrideAccess: true })
      await payload.update({ collection: 'career-paths', id, locale: 'es', data: { _status: 'published' }, overrideAccess: true })
      await drainRenders(payload)
      expect(await translationOf()).toEqual({ source_revision: await englishRevision(), stale: false })

      // English moves on again; the translator updates the Spanish text: that records the new revision too.
      await payload.update({ collection: 'career-paths', id, locale: 'en', data: { responsibilities: [{ text: 'Another English duty' }] }, overrideAccess: true })
      await drainRenders(payload)
      expect((await translationOf()).stale).toBe(true)
      await payload.update({ collection: 'career-paths', id, locale: 'es', data: { responsibilities: [{ text: 'Otra tarea' }] }, overrideAccess: true })
      await drainRenders(payload)
      expect(await translationOf()).toEqual({ source_revision: await englishRevision(), stale: false })
    })

    test("the routes' handlers serve each published locale at its address and 404 every other", async () => {
      const get = (path: string) => new Request(`http://localhost:3000${path}`)
      const spanish = await entryFileResponse(get(`/es/career-paths/${slug}.md`), payload, 'es', slug, 'md')
      expect(spanish.status).toBe(200)
      expect(await spanish.text()).toBe(await text('es', 'md'))
      expect((await entryFileResponse(get(`/career-paths/${slug}.md`), payload, 'en', slug, 'md')).status).toBe(200)
      expect((await entryFileResponse(get(`/de/career-paths/${slug}.md`), payload, 'de', slug, 'md')).status).toBe(404)
      expect((await entryFileResponse(get(`/pl/career-paths/${slug}.json`), payload, 'pl', slug, 'json')).status).toBe(404)
      const feed = await feedResponse(get('/es/feed.json'), payload, 'es')
      expect(feed.status).toBe(200)
      const body = (await feed.json()) as { language: string; feed_url: string; items: { title: string; language?: string }[] }
      expect(body.language).toBe('es')
      expect(body.feed_url).toMatch(/\/es\/feed\.json$/)
      expect(body.items.map((i) => [i.title, i.language])).toEqual([['Ruta del mundo: trayectoria profesional', 'es']])
      // No entry is published in German or Polish (the German text is a draft): those feeds do not exist.
      expect((await feedResponse(get('/de/feed.json'), payload, 'de')).status).toBe(404)
      expect((await feedResponse(get('/pl/feed.json'), payload, 'pl')).status).toBe(404)
      const english = (await (await feedResponse(get('/feed.json'), payload, 'en')).json()) as { items: { title: string }[] }
      expect(english.items.map((i) => i.title)).toEqual(['World Render Career Path'])
    })

    test('a render with nothing changed logs nothing; unpublishing Spanish removes es alone', async () => {
      const before = (await changes()).length
      await payload.jobs.queue({ task: 'renderEntry', input: { entry: String(id) } })
      await drainRenders(payload)
      expect(await changes()).toHaveLength(before)
      await payload.update({ collection: 'career-paths', id, locale: 'es', data: { _status: 'draft' }, overrideAccess: true })
      await drainRenders(payload)
      expect(await storedLocales()).toEqual(['en'])
      for (const format of [undefined, 'md', 'pdf', 'json'] as const) expect(await text('es', format), String(format)).toBeUndefined()
      expect(await text('en', 'md')).toContain('title: World Render')
      // English's page loses the Spanish alternate.
      expect((await changes()).slice(before)).toEqual([`published en ${slug}`, `unpublished es ${slug}`])
    })

    test("deleting the entry removes every locale's records, each logged", async () => {
      const before = (await changes()).length
      await payload.update({ collection: 'career-paths', id, locale: 'de', data: { _status: 'published' }, overrideAccess: true })
      await drainRenders(payload)
      expect(await storedLocales()).toEqual(['de', 'en'])
      await payload.delete({ collection: 'career-paths', id, overrideAccess: true })
      await drainRenders(payload)
      expect(await storedLocales()).toEqual([])
      expect((await changes()).slice(before).sort()).toEqual([`deleted de ${slug}`, `deleted en ${slug}`, `published de ${slug}`, `published en ${slug}`])
    })
  })
}
