import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { paragraphs } from '@careers/career-path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { runScript, startAppServer, untilServed, type AppServer } from '../support/app-server'
import { contentFileNames } from '../support/content-files'
import { draftEntry, repoContent } from '../integration/cms-suite'

/**
 * The built app over HTTP, as readers, partners and editors meet it: production
 * start on a fresh SQLite database with content/ imported.
 */
describe('the running app', () => {
  let app: AppServer
  let adminToken: string
  let editorToken: string
  let draftId: number

  const get = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, { redirect: 'manual', ...init })
  const as = (token: string, init: RequestInit = {}): RequestInit => ({ ...init, headers: { ...(init.headers as object), Authorization: `JWT ${token}`, 'Content-Type': 'application/json' } })
  const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) })
  const login = async (email: string) => {
    const res = await get('/api/users/login', { ...json({ email, password: 'correct horse battery' }), headers: { 'Content-Type': 'application/json' } })
    expect(res.status, await res.clone().text()).toBe(200)
    return ((await res.json()) as { token: string }).token
  }
  const feedTitles = async (path = '/feed.json') => ((await (await get(path)).json()) as { items: { title: string }[] }).items.map((i) => i.title)
  const graphql = (query: string, token?: string) =>
    get('/api/graphql', { method: 'POST', body: JSON.stringify({ query }), headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) } }).then(
      (r) => r.json() as Promise<{ data?: any; errors?: unknown[] }>,
    )

  beforeAll(async () => {
    // The worker looks for jobs every 200 ms here (every second by default).
    app = await startAppServer({ CAREERS_WORKER_POLL_MS: '200' })
  })
  afterAll(async () => {
    await app?.stop()
  })

  it('starts with the content imported and tells how to make the first admin', async () => {
    expect(app.output()).toContain(`imported: ${contentFileNames(repoContent).length} created`)
    expect(app.output()).toMatch(/create-first-user/)
    expect(await feedTitles()).toContain('Backend Developer Career Path')
  })

  it('answers GET /healthz with ok as plain text, never cached', async () => {
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.text()).toBe('ok\n')
  })

  it('makes the first user an admin; the admin invites an editor, who cannot manage users or settings', async () => {
    const first = await get('/api/users/first-register', { ...json({ email: 'admin@example.com', password: 'correct horse battery' }), headers: { 'Content-Type': 'application/json' } })
    expect(first.status, await first.clone().text()).toBe(200)
    adminToken = await login('admin@example.com')
    const invite = await get('/api/users', as(adminToken, json({ email: 'editor@example.com', password: 'correct horse battery', role: 'editor' })))
    expect(invite.status).toBe(201)
    editorToken = await login('editor@example.com')
    expect((await get('/api/users', as(editorToken, json({ email: 'x@example.com', password: 'correct horse battery' })))).status).toBe(403)
    const me = ((await (await get('/api/users/me', as(editorToken))).json()) as { user: { id: number; role: string } }).user
    expect(me.role).toBe('editor')
    await get(`/api/users/${me.id}`, as(editorToken, { method: 'PATCH', body: JSON.stringify({ role: 'admin' }) }))
    expect(((await (await get('/api/users/me', as(editorToken))).json()) as { user: { role: string } }).user.role).toBe('editor')
    expect((await get('/api/globals/settings', as(editorToken, { method: 'POST', body: JSON.stringify({ siteName: 'Hijacked' }) }))).status).toBe(403)
    expect((await get('/api/users', { headers: {} })).status).toBe(403)
  })

  it('never shows a draft to anonymous readers, through any door', async () => {
    const data = entryToDocumentData(draftEntry('secret-role', 'Secret Role', { definition: paragraphs('Classified words.') }), () => undefined)
    const res = await get('/api/career-paths?draft=true', as(editorToken, json({ ...data, _status: 'draft' })))
    expect(res.status, await res.clone().text()).toBe(201)
    draftId = ((await res.json()) as { doc: { id: number } }).doc.id

    for (const path of ['/api/career-paths?where[slug][equals]=secret-role', '/api/career-paths?draft=true&where[slug][equals]=secret-role', '/api/career-paths?where[_status][equals]=draft&draft=true']) {
      const body = (await (await get(path)).json()) as { docs: unknown[] }
      expect(body.docs, path).toEqual([])
    }
    expect((await get(`/api/career-paths/${draftId}?draft=true`)).status).toBeGreaterThanOrEqual(400)
    expect((await get('/api/career-paths/versions')).status).toBe(403)
    const gql = await graphql('{ CareerPaths(draft: true, where: { slug: { equals: "secret-role" } }) { docs { title } } }')
    expect(gql.data?.CareerPaths?.docs ?? []).toEqual([])
    for (const path of ['/career-paths/secret-role', '/career-paths/secret-role.md', '/career-paths/secret-role.pdf', '/career-paths/secret-role.json']) {
      expect((await get(path)).status, path).toBe(404)
    }
    expect(await feedTitles()).not.toContain('Secret Role Career Path')
    expect(await (await get('/career-paths')).text()).not.toContain('Secret Role')
    // …while its editor can download the draft's handout from the edit view.
    expect((await get(`/api/career-paths/${draftId}/download?format=pdf`)).status).toBe(401)
    const handout = await get(`/api/career-paths/${draftId}/download?format=pdf`, as(editorToken))
    expect(handout.headers.get('content-type')).toBe('application/pdf')
    expect(handout.headers.get('content-disposition')).toBe('attachment; filename="secret-role.pdf"')
    const markdown = await (await get(`/api/career-paths/${draftId}/download?format=md`, as(editorToken))).text()
    expect(markdown).toContain('Classified words.')
  })

  it('publishing shows the entry everywhere; a newer draft changes nothing until it is published', async () => {
    const publish = await get(`/api/career-paths/${draftId}`, as(editorToken, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) }))
    expect(publish.status, await publish.clone().text()).toBe(200)
    // The publish returns before the worker renders: its files follow within moments.
    await untilServed(app, '/career-paths/secret-role.md')
    expect(await feedTitles()).toContain('Secret Role Career Path')
    expect((await get('/career-paths/secret-role')).status).toBe(200)

    const feedTag = (await get('/feed.json')).headers.get('etag')
    const pdfBefore = await get('/career-paths/secret-role.pdf')
    const pdfTag = pdfBefore.headers.get('etag')
    const pdfBytes = Buffer.from(await pdfBefore.arrayBuffer())

    const newer = entryToDocumentData(draftEntry('secret-role', 'Secret Role', { definition: paragraphs('Declassified at last.') }), () => undefined)
    await get(`/api/career-paths/${draftId}?draft=true`, as(editorToken, { method: 'PATCH', body: JSON.stringify({ ...newer, _status: 'draft' }) }))
    expect(await (await get('/career-paths/secret-role.md')).text()).toContain('Classified words.')
    expect(await (await get('/career-paths/secret-role')).text()).not.toContain('Declassified')
    expect((await get('/feed.json')).headers.get('etag')).toBe(feedTag)
    const anonymous = (await (await get(`/api/career-paths/${draftId}?draft=true`)).json()) as { definition: unknown }
    expect(JSON.stringify(anonymous.definition)).not.toContain('Declassified')

    await get(`/api/career-paths/${draftId}`, as(editorToken, { method: 'PATCH', body: JSON.stringify({ _status: 'published' }) }))
    await untilServed(app, '/career-paths/secret-role.md', (md) => md.includes('Declassified at last.'))
    const feedAfter = await get('/feed.json')
    expect(feedAfter.headers.get('etag')).not.toBe(feedTag)
    expect(await feedAfter.text()).toContain('Declassified at last.')
    const pdfAfter = await get('/career-paths/secret-role.pdf')
    expect(pdfAfter.headers.get('etag')).not.toBe(pdfTag)
    expect(Buffer.from(await pdfAfter.arrayBuffer()).equals(pdfBytes)).toBe(false)
  })

  it('serves each format with its content type, file name, cache headers, and 304 for a known ETag', async () => {
    const cases = [
      ['/feed.json', 'application/feed+json; charset=utf-8'],
      ['/career-paths/backend-developer.md', 'text/markdown; charset=utf-8'],
      ['/career-paths/backend-developer.pdf', 'application/pdf'],
      ['/career-paths/backend-developer.json', 'application/json; charset=utf-8'],
    ] as const
    for (const [path, type] of cases) {
      const res = await get(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('content-type'), path).toBe(type)
      expect(res.headers.get('cache-control'), path).toMatch(/public, max-age=\d+/)
      const etag = res.headers.get('etag')
      expect(etag, path).toMatch(/^".+"$/)
      const again = await get(path, { headers: { 'If-None-Match': etag! } })
      expect(again.status, path).toBe(304)
      expect(await again.text()).toBe('')
    }
    expect((await get('/career-paths/backend-developer.pdf')).headers.get('content-disposition')).toBe('inline; filename="backend-developer.pdf"')
    const pdf = Buffer.from(await (await get('/career-paths/backend-developer.pdf')).arrayBuffer())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('pages the feed with next_url and caps the page size', async () => {
    const first = (await (await get('/feed.json?limit=4')).json()) as { items: { id: string }[]; next_url?: string }
    expect(first.items).toHaveLength(4)
    expect(first.next_url).toMatch(/feed\.json\?after=[\w-]+&limit=4$/)
    const next = new URL(first.next_url!)
    const second = (await (await get(`${next.pathname}${next.search}`)).json()) as { items: { id: string }[] }
    expect(second.items).toHaveLength(4)
    expect(second.items.map((i) => i.id).filter((id) => first.items.some((f) => f.id === id))).toEqual([])
    const bad = await get('/feed.json?after=not-a-cursor')
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: string }).error).toMatch(/"after" must be a cursor/)
    const huge = (await (await get('/feed.json?limit=1000000')).json()) as { items: unknown[]; next_url?: string }
    expect(huge.items.length).toBeLessThanOrEqual(100)
  })

  it('shows a readable public page with Occupation JSON-LD, an index, and a 404 page', async () => {
    const page = await (await get('/career-paths/backend-developer')).text()
    expect(page).toMatch(/<h1[^>]*>Backend Developer Career Path<\/h1>/)
    expect(page).toContain('href="/career-paths/backend-developer.pdf"')
    const ld = JSON.parse(page.match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!) as Record<string, unknown>
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'Occupation', name: 'Backend Developer' })
    const index = await (await get('/career-paths')).text()
    expect(index).toContain('href="/career-paths/backend-developer"')
    const missing = await get('/career-paths/no-such-role')
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Page not found')
  })

  it('npm run import reports what changed (nothing, a second time) and npm run export writes the files back byte for byte', async () => {
    const imported = await runScript(app, 'scripts/import.ts')
    const files = contentFileNames(repoContent)
    expect(imported.stdout).toContain(`imported: 0 created, 0 updated, ${files.length} unchanged, 0 failed`)
    const out = mkdtempSync(path.join(tmpdir(), 'careers-export-'))
    const exported = await runScript(app, 'scripts/export.ts', '--content', out)
    // Every shipped file, each translation in its locale's folder, and the entry this suite published.
    expect(exported.stdout).toContain(`exported: ${files.length + 1} written`)
    for (const name of files) expect(readFileSync(path.join(out, name), 'utf8'), name).toBe(readFileSync(path.join(repoContent, name), 'utf8'))
    expect(readFileSync(path.join(out, 'career-paths', 'secret-role.md'), 'utf8')).toContain('Declassified at last.')
  })

  it("runs scheduled publishing in the server's own job queue", async () => {
    const data = entryToDocumentData(draftEntry('scheduled-role', 'Scheduled Role'), () => undefined)
    expect((await get('/api/career-paths?draft=true', as(editorToken, json({ ...data, _status: 'draft' })))).status).toBe(201)
    await runScript(app, 'test/support/queue-publish.ts', '--slug', 'scheduled-role')
    expect((await get('/career-paths/scheduled-role')).status).toBe(404)
    const deadline = Date.now() + 20_000
    let status = 404
    while (status !== 200 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 500))
      status = (await get('/career-paths/scheduled-role.md')).status
    }
    expect(status).toBe(200)
  })
})
