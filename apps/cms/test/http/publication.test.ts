import { afterAll, beforeAll, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { draftEntry } from '../integration/cms-suite'
import { runScript, startAppServer, type AppServer } from '../support/app-server'

/**
 * Publication over HTTP with a worker that is slow to look (every ten minutes)
 * and a book that waits as long:
 * between a publish and its render, readers see what the brief promises.
 */
let app: AppServer
let token: string
const get = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, { redirect: 'manual', ...init })
const send = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body), headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' } })

beforeAll(async () => {
  app = await startAppServer({ CAREERS_WORKER_POLL_MS: '600000', CAREERS_BOOK_DELAY_MS: '600000' })
  const credentials = JSON.stringify({ email: 'admin@example.com', password: 'correct horse battery' })
  expect((await get('/api/users/first-register', { method: 'POST', body: credentials, headers: { 'Content-Type': 'application/json' } })).status).toBe(200)
  token = ((await (await get('/api/users/login', { method: 'POST', body: credentials, headers: { 'Content-Type': 'application/json' } })).json()) as { token: string }).token
})
afterAll(async () => {
  await app?.stop()
})

it('the first start served a complete site: every imported entry has its files before the first request', async () => {
  expect(app.output()).toMatch(/rendering: \d+ done, 0 to go/)
  for (const format of ['md', 'pdf', 'json']) expect((await get(`/career-paths/qa-engineer.${format}`)).status, format).toBe(200)
})

it('a publish returns before its render; until the render is stored the files answer 503 with Retry-After, then they are served', async () => {
  const feedBefore = await get('/feed.json')
  const feedTag = feedBefore.headers.get('etag')!
  const started = Date.now()
  const made = await get('/api/career-paths', send('POST', { ...entryToDocumentData(draftEntry('fresh-role', 'Fresh Role'), () => undefined), _status: 'published' }))
  expect(made.status, await made.clone().text()).toBe(201)
  console.log(`publish answered in ${Date.now() - started} ms`)
  for (const format of ['md', 'pdf', 'json']) {
    const res = await get(`/career-paths/fresh-role.${format}`)
    expect(res.status, format).toBe(503)
    expect(res.headers.get('retry-after'), format).toBe('5')
    expect(await res.text(), format).toMatch(/just published/)
  }
  expect(await (await get('/career-paths/fresh-role')).text()).toContain('is being published')
  expect((await get('/feed.json', { headers: { 'If-None-Match': feedTag } })).status).toBe(304)
  expect((await get('/career-paths/never-was.md')).status).toBe(404)
  // The book waits for its own job, due in ten minutes here.
  const book = await get('/career-paths.pdf')
  expect(book.status).toBe(503)
  expect(book.headers.get('retry-after')).toBe('30')

  // `npm run import` runs what is queued before it returns (the worker would, at its next look).
  const imported = await runScript(app, 'scripts/import.ts')
  expect(imported.stdout).toMatch(/rendering: \d+ done, 0 to go/)
  const md = await get('/career-paths/fresh-role.md')
  expect(md.status).toBe(200)
  expect(await md.text()).toContain('# Fresh Role Career Path')
  expect(md.headers.get('last-modified')).toBeTruthy()
  const feedAfter = await get('/feed.json', { headers: { 'If-None-Match': feedTag } })
  expect(feedAfter.status).toBe(200)
  expect(((await feedAfter.json()) as { items: { title: string }[] }).items.map((i) => i.title)).toContain('Fresh Role Career Path')
})

it('the index is paged, searchable by title and filterable by tag', async () => {
  const titles = async (query: string) => [...(await (await get(`/career-paths${query}`)).text()).matchAll(/<li><a href="\/career-paths\/([a-z0-9-]+)">/g)].map((m) => m[1])
  expect(await titles('?q=developer+back')).toEqual(['backend-developer'])
  const tagged = await titles('?tag=data')
  expect(tagged.sort()).toEqual(['data-engineer', 'database-developer'])
  expect(await titles('?q=zzz-nothing')).toEqual([])
  const index = await (await get('/career-paths')).text()
  expect(index).toContain('href="/career-paths?tag=backend"')
  expect(index).not.toContain('rel="next"')
})

it('an entry published in Spanish alone is served at /es/ in every format and in /es/feed.json; German and Polish are 404', async () => {
  const { docs } = (await (await get('/api/career-paths?where[slug][equals]=fresh-role&depth=0', { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: { id: number }[] }
  const lexical = (text: string) => ({
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: null,
      children: [
        { type: 'paragraph', format: '', indent: 0, version: 1, direction: null, textFormat: 0, textStyle: '', children: [{ type: 'text', mode: 'normal', text, style: '', detail: 0, format: 0, version: 1 }] },
      ],
    },
  })
  const spanish = {
    title: 'Puesto nuevo',
    definition: lexical('Un puesto recién creado.'),
    whatTheyDo: lexical('Hacen cosas nuevas.'),
    responsibilities: [{ text: 'Hacer cosas nuevas.' }],
    forms: [{ name: 'indefinite', value: 'un puesto nuevo' }],
    _status: 'published',
  }
  const published = await get(`/api/career-paths/${docs[0]!.id}?locale=es`, send('PATCH', spanish))
  expect(published.status, await published.clone().text()).toBe(200)
  // Until its render is stored, the Spanish page says so in Spanish and links to the Spanish index.
  const waiting = await (await get('/es/career-paths/fresh-role')).text()
  expect(waiting).toContain('<html lang="es"')
  expect(waiting).toContain('<h1>Esta trayectoria profesional se está publicando</h1>')
  expect(waiting).toContain('<title>Publicándose</title>')
  expect(waiting).toContain('href="/es/career-paths">Ver todas las trayectorias profesionales</a>')
  expect(waiting).not.toMatch(/being published|href="\/career-paths"/)
  const imported = await runScript(app, 'scripts/import.ts')
  expect(imported.stdout).toMatch(/rendering: \d+ done, 0 to go/)
  const md = await get('/es/career-paths/fresh-role.md')
  expect(md.status).toBe(200)
  expect(await md.text()).toContain('# Puesto nuevo: trayectoria profesional')
  for (const format of ['pdf', 'json']) expect((await get(`/es/career-paths/fresh-role.${format}`)).status, format).toBe(200)
  const page = await get('/es/career-paths/fresh-role')
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('¿Qué es un puesto nuevo?')
  // The Spanish feed: this entry beside the shipped Spanish translations the first start imported.
  const feed = (await (await get('/es/feed.json')).json()) as { language: string; items: { title: string; url: string }[] }
  expect(feed.language).toBe('es')
  expect(feed.items.map((i) => i.title)).toEqual(expect.arrayContaining(['Puesto nuevo: trayectoria profesional', 'Desarrollador backend: trayectoria profesional']))
  // English is as it was; German and Polish were never published for it.
  expect(await (await get('/career-paths/fresh-role.md')).text()).toContain('# Fresh Role Career Path')
  for (const path of [
    '/de/career-paths/fresh-role.md',
    '/de/career-paths/fresh-role.pdf',
    '/pl/career-paths/fresh-role',
    '/en/career-paths/fresh-role.md',
    '/xx/feed.json',
    '/xx/career-paths',
    '/en/career-paths',
    '/xx/career-paths.pdf',
  ]) {
    expect((await get(path)).status, path).toBe(404)
  }
  const german = (await (await get('/de/feed.json')).json()) as { items: { url: string }[] }
  expect(german.items.map((i) => i.url).filter((url) => url.includes('fresh-role'))).toEqual([])
})

it('each locale has its index, in its words, listing the entries published in it and linking to its own pages; its book waits for its job', async () => {
  const index = await get('/es/career-paths')
  expect(index.status).toBe(200)
  const html = await index.text()
  expect(html).toContain('<html lang="es"')
  expect(html).toContain('<h1>Trayectorias profesionales</h1>')
  expect(html).toContain('Buscar por título')
  const slugs = [...html.matchAll(/<li><a href="\/es\/career-paths\/([a-z0-9-]+)">/g)].map((m) => m[1]).sort()
  expect(slugs).toContain('fresh-role')
  expect(slugs).toContain('backend-developer')
  expect(slugs).not.toContain('qa-engineer')
  expect(html).toContain('href="/es/career-paths.pdf"')
  expect(html).toContain('href="/es/feed.json"')
  expect(html).not.toMatch(/href="\/career-paths\//)
  const searched = await (await get('/es/career-paths?q=backend')).text()
  expect([...searched.matchAll(/<li><a href="\/es\/career-paths\/([a-z0-9-]+)">/g)].map((m) => m[1])).toEqual(['backend-developer'])
  expect(searched).toContain('Títulos con «backend»')
  // The Spanish page links to the Spanish index.
  expect(await (await get('/es/career-paths/backend-developer')).text()).toContain('href="/es/career-paths">Todas las trayectorias profesionales</a>')
  // The book's job is due in ten minutes here: made, not missing.
  const book = await get('/es/career-paths.pdf')
  expect(book.status).toBe(503)
  expect(book.headers.get('retry-after')).toBe('30')
})
