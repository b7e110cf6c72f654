import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { folderFiles } from '../integration/changes-suite'
import { repoContent } from '../integration/cms-suite'
import { contentFileNames } from '../support/content-files'
import { startAppServer, type AppServer } from '../support/app-server'

/**
 * Keeping partners in sync against the built app as `npm start` runs it (web
 * server and worker): `/changes.json` over HTTP, `careers mirror` (the real
 * command) from zero and again after a rename and an unpublish, and the
 * webhooks API's secret and access rules over REST and GraphQL.
 */
let app: AppServer
let admin: string
let editor: string
const mirrorDir = mkdtempSync(path.join(tmpdir(), 'careers-http-mirror-'))
const careersBin = path.resolve(import.meta.dirname, '../../../../packages/publishing/bin/careers.js')
const get = (p: string, init: RequestInit = {}) => fetch(`${app.url}${p}`, { redirect: 'manual', ...init })
const json = (method: string, body: unknown, token?: string): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
})
const login = async (email: string) => ((await (await get('/api/users/login', json('POST', { email, password: 'correct horse battery' }))).json()) as { token: string }).token
const mirror = () => promisify(execFile)(process.execPath, [careersBin, 'mirror', app.url, mirrorDir], { timeout: 120_000 })
/** The changes from the beginning, all pages. */
const allChanges = async () => {
  const changes: { type: string; slug: string; id: string }[] = []
  for (let next: string | undefined = '/changes.json'; next; ) {
    const page = (await (await get(next.replace(/^https?:\/\/[^/]+/, ''))).json()) as { changes: typeof changes; next_url?: string }
    changes.push(...page.changes)
    next = page.next_url
  }
  return changes
}
const until = async (what: string, ok: () => Promise<boolean>) => {
  for (const deadline = Date.now() + 90_000; !(await ok()); ) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within 90 s`)
    await new Promise((r) => setTimeout(r, 300))
  }
}

beforeAll(async () => {
  app = await startAppServer({ CAREERS_WORKER_POLL_MS: '200' })
  expect((await get('/api/users/first-register', json('POST', { email: 'admin@example.com', password: 'correct horse battery' }))).status).toBe(200)
  admin = await login('admin@example.com')
  expect((await get('/api/users', json('POST', { email: 'editor@example.com', password: 'correct horse battery', role: 'editor' }, admin))).status).toBe(201)
  editor = await login('editor@example.com')
})
afterAll(async () => {
  await app?.stop()
  rmSync(mirrorDir, { recursive: true, force: true })
})

it('careers mirror copies the running site from /changes.json, then follows a rename and an unpublish', async () => {
  // Every entry and each of its translations: an item of its own, at the site's own address.
  const items = contentFileNames(repoContent).length
  const first = await mirror()
  expect(first.stdout).toContain(`Mirrored ${items} changes into`)
  expect(first.stdout).toContain(`: ${items} written, 0 removed`)
  const files = folderFiles(mirrorDir)
  expect(Object.keys(files)).toHaveLength(items * 2)
  expect(Object.keys(files)).toContain('es/career-paths/backend-developer.md')
  for (const [file, text] of Object.entries(files)) expect(text, file).toBe(await (await get(`/${file}`)).text())

  const find = async (slug: string) => ((await (await get(`/api/career-paths?where[slug][equals]=${slug}`, { headers: { Authorization: `JWT ${editor}` } })).json()) as { docs: { id: number }[] }).docs[0]!.id
  const before = (await allChanges()).length
  expect((await get(`/api/career-paths/${await find('qa-engineer')}`, json('PATCH', { slug: 'quality-engineer', _status: 'published' }, editor))).status).toBe(200)
  expect((await get(`/api/career-paths/${await find('mobile-developer')}`, json('PATCH', { _status: 'draft' }, editor))).status).toBe(200)
  // The worker renders; the entries linking to them are rendered again too, each a `published` change.
  await until('the rename and the unpublish logged', async () => {
    const changes = (await allChanges()).slice(before)
    return changes.some((c) => c.type === 'published' && c.slug === 'quality-engineer') && changes.some((c) => c.type === 'unpublished' && c.slug === 'mobile-developer')
  })
  const renamed = (await allChanges()).find((c) => c.slug === 'quality-engineer')!
  expect(renamed.id).toBe('urn:careers:career-path:qa-engineer')
  // Staff see the jobs: none left means every render (the linking entries' too) is stored and logged.
  await until('every render done', async () => {
    const jobs = (await (await get('/api/payload-jobs?where[taskSlug][in]=renderEntry,renderAll&limit=1', { headers: { Authorization: `JWT ${admin}` } })).json()) as { totalDocs: number }
    return jobs.totalDocs === 0
  })
  await mirror()
  const after = folderFiles(mirrorDir)
  expect(Object.keys(after)).not.toContain('career-paths/qa-engineer.md')
  expect(Object.keys(after)).not.toContain('career-paths/mobile-developer.json')
  expect(after['career-paths/quality-engineer.md']).toBe(await (await get('/career-paths/quality-engineer.md')).text())
  for (const [file, text] of Object.entries(after)) expect(text, file).toBe(await (await get(`/${file}`)).text())
  const state = JSON.parse(readFileSync(path.join(mirrorDir, '.careers-mirror.json'), 'utf8')) as { cursor: string }
  expect(Buffer.from(state.cursor, 'base64url').toString()).toMatch(/^v1:\d+$/)
})

it('/changes.json: JSON with an ETag, 304 to a matching If-None-Match, 400 with a message for a bad cursor', async () => {
  const res = await get('/changes.json')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
  const etag = res.headers.get('etag')!
  expect((await get('/changes.json', { headers: { 'If-None-Match': etag } })).status).toBe(304)
  const bad = await get('/changes.json?since=garbage')
  expect(bad.status).toBe(400)
  expect(((await bad.json()) as { error: string }).error).toMatch(/"since" must be a cursor/)
  const extension = await (await get('/feed-extension.md')).text()
  expect(extension).toContain('## Keeping a copy in sync: `/changes.json`')
})

it('POST /api/webhooks answers with the secret once; no read shows it again; editors get nothing', async () => {
  // Disabled, and on loopback (refused without the setting): the running app never delivers anywhere.
  const made = await get('/api/webhooks', json('POST', { url: 'http://127.0.0.1:9/careers', events: ['deleted'], enabled: false }, admin))
  expect(made.status).toBe(201)
  const { doc } = (await made.json()) as { doc: { id: number; secret: string } }
  expect(doc.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
  const read = (await (await get(`/api/webhooks/${doc.id}`, { headers: { Authorization: `JWT ${admin}` } })).json()) as Record<string, unknown>
  expect(read.url).toBe('http://127.0.0.1:9/careers')
  expect(read).not.toHaveProperty('secret')
  const gql = await get('/api/graphql', json('POST', { query: '{ Webhooks { docs { url secret } } }' }, admin))
  const gqlBody = await gql.text()
  expect(gql.status, gqlBody).toBe(200)
  expect(JSON.parse(gqlBody)).toMatchObject({ data: { Webhooks: { docs: [{ url: 'http://127.0.0.1:9/careers', secret: null }] } } })
  expect(app.output()).not.toContain(doc.secret)
  // The endpoint's admin page renders (its buttons and the attempts listed beside it), without the secret.
  // The admin's cookie counts on requests from the site's own origin (CSRF), as a browser's are.
  const page = await get(`/admin/collections/webhooks/${doc.id}`, {
    headers: { Cookie: `payload-token=${admin}`, Origin: new URL(app.url).origin.replace('127.0.0.1', 'localhost'), 'Sec-Fetch-Site': 'same-origin' },
  })
  const html = await page.text()
  expect(page.status).toBe(200)
  expect(html, html.slice(0, 300)).not.toContain('NEXT_REDIRECT')
  expect(html).toContain('Send test event')
  expect(html).not.toContain(doc.secret)
  for (const [method, p, body] of [
    ['GET', '/api/webhooks', undefined],
    ['GET', `/api/webhooks/${doc.id}`, undefined],
    ['PATCH', `/api/webhooks/${doc.id}`, { url: 'http://127.0.0.1:10/' }],
    ['POST', '/api/webhooks', { url: 'http://127.0.0.1:10/', events: ['published'], enabled: false }],
    ['POST', `/api/webhooks/${doc.id}/secret`, {}],
    ['POST', `/api/webhooks/${doc.id}/test`, {}],
    ['GET', '/api/webhook-attempts', undefined],
  ] as const) {
    const res = await get(p, body ? json(method, body, editor) : { method, headers: { Authorization: `JWT ${editor}` } })
    expect(res.status, `${method} ${p}`).toBe(403)
  }
  expect(JSON.stringify(await (await get('/api/graphql', json('POST', { query: '{ Webhooks { docs { url secret } } }' }, editor))).json())).not.toContain('127.0.0.1:9')
})
