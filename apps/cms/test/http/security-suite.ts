import { paragraphs } from '@careers/career-path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { maxPage, maxPageSize } from '../../src/security/request-caps'
import { startAppServer, untilServed, type AppServer } from '../support/app-server'
import { startSeededAppServer } from '../support/seeded-app'
import type { TestDatabase } from '../support/databases'
import { draftEntry } from '../integration/cms-suite'

const password = 'correct horse battery staple'
const strongSecret = 'e2b7c4f1a9d3086b5f2e7c1d4a8b3f6e0c9d2a7b4e1f8c3d'

/**
 * Every door a reader, an editor or an attacker can knock on, over HTTP against
 * the built app in production mode: the same suite on SQLite and PostgreSQL.
 */
export function securitySuite(name: string, database: () => Promise<TestDatabase> | TestDatabase): void {
  describe(`security over HTTP on ${name}`, () => {
    let app: AppServer
    let db: TestDatabase
    let skip: string | undefined
    let admin: string
    let editor: string
    let editorId: number
    let entryId: number

    const get = (path: string, init: RequestInit = {}) => fetch(`${app.url}${path}`, { redirect: 'manual', ...init })
    const as = (token: string | undefined, init: RequestInit = {}): RequestInit => ({
      ...init,
      headers: { 'Content-Type': 'application/json', ...(init.headers as object), ...(token ? { Authorization: `JWT ${token}` } : {}) },
    })
    const send = (method: string, body: unknown) => ({ method, body: JSON.stringify(body) })
    const login = async (email: string, pass = password) => get('/api/users/login', { method: 'POST', body: JSON.stringify({ email, password: pass }), headers: { 'Content-Type': 'application/json' } })
    const token = async (email: string) => {
      const res = await login(email)
      expect(res.status, await res.clone().text()).toBe(200)
      return ((await res.json()) as { token: string }).token
    }
    const graphql = async (query: string, auth?: string) => (await (await get('/api/graphql', as(auth, send('POST', { query })))).json()) as { data?: Record<string, any>; errors?: { message: string }[] }
    const me = async (auth: RequestInit) => ((await (await get('/api/users/me', auth)).json()) as { user: { id: number; role: string } | null }).user

    const test = (title: string, body: () => Promise<void>) =>
      it(title, async (ctx) => {
        if (skip) return ctx.skip(skip)
        await body()
      })

    beforeAll(async () => {
      db = await database()
      if ('skip' in db) {
        skip = db.skip
        console.warn(`[skipped] security over HTTP on ${name}: ${skip}`)
        return
      }
      const env: Record<string, string> = db.choice.kind === 'sqlite' ? {} : { DATABASE_URI: db.choice.url, PAYLOAD_SECRET: strongSecret }
      // Lockout and CSRF tests sign in many times; the rate limit has its own test and server.
      // SQLite starts from the seeded copy; PostgreSQL imports content/ on its first start.
      const start = db.choice.kind === 'sqlite' ? startSeededAppServer : startAppServer
      app = await start({ ...env, CAREERS_RATE_LIMIT_LOGIN: '1000/60', CAREERS_ALLOWED_ORIGINS: 'https://careers.example.com' })
      const first = await get('/api/users/first-register', as(undefined, send('POST', { email: 'admin@example.com', password })))
      expect(first.status, await first.clone().text()).toBe(200)
      admin = await token('admin@example.com')
      for (const email of ['editor@example.com', 'victim@example.com', 'burst@example.com', 'leaver@example.com']) {
        const made = await get('/api/users', as(admin, send('POST', { email, password, role: 'editor' })))
        expect(made.status, await made.clone().text()).toBe(201)
      }
      editor = await token('editor@example.com')
      editorId = (await me(as(editor)))!.id
    })
    afterAll(async () => {
      await app?.stop()
      if (db && 'drop' in db) await db.drop()
    })

    test('anonymous readers see only published content through every door; a newer draft changes nothing', async () => {
      const publishedData = entryToDocumentData(draftEntry('guarded-role', 'Guarded Role', { definition: paragraphs('Public words.') }), () => undefined)
      const made = await get('/api/career-paths', as(editor, send('POST', { ...publishedData, _status: 'published' })))
      expect(made.status, await made.clone().text()).toBe(201)
      entryId = ((await made.json()) as { doc: { id: number } }).doc.id
      // Rendered by the worker moments after the publish; the draft below must change none of it.
      await untilServed(app, '/career-paths/guarded-role.md')
      const draftData = entryToDocumentData(draftEntry('guarded-role', 'Guarded Role', { definition: paragraphs('Secret words.') }), () => undefined)
      const drafted = await get(`/api/career-paths/${entryId}?draft=true`, as(editor, send('PATCH', { ...draftData, _status: 'draft' })))
      expect(drafted.status, await drafted.clone().text()).toBe(200)
      const neverPublished = await get(
        '/api/career-paths?draft=true',
        as(editor, send('POST', { ...entryToDocumentData(draftEntry('hidden-role', 'Hidden Role', { definition: paragraphs('Secret words.') }), () => undefined), _status: 'draft' })),
      )
      expect(neverPublished.status).toBe(201)

      const doors = [
        '/api/career-paths?limit=100',
        '/api/career-paths?draft=true&limit=100',
        '/api/career-paths?where[_status][equals]=draft',
        '/api/career-paths?where[_status][equals]=draft&draft=true',
        '/api/career-paths?where[definition][like]=Secret&draft=true',
        `/api/career-paths/${entryId}?draft=true`,
        '/feed.json',
        '/career-paths/guarded-role',
        '/career-paths/guarded-role.md',
        '/career-paths/guarded-role.json',
        '/career-paths',
        '/career-paths/hidden-role',
        '/career-paths/hidden-role.md',
      ]
      for (const path of doors) {
        const text = await (await get(path)).text()
        expect(text, path).not.toContain('Secret words')
        expect(text, path).not.toContain('Hidden Role')
      }
      expect(await (await get('/career-paths/guarded-role.md')).text()).toContain('Public words.')
      const pdf = await get('/career-paths/guarded-role.pdf')
      expect(pdf.status).toBe(200)
      expect(Buffer.from(await pdf.arrayBuffer()).includes('Secret words')).toBe(false)
      for (const path of ['/career-paths/hidden-role', '/career-paths/hidden-role.pdf']) expect((await get(path)).status, path).toBe(404)

      for (const query of [
        '{ CareerPaths(draft: true, limit: 100) { docs { title definition } } }',
        '{ CareerPaths(where: { _status: { equals: draft } }) { docs { title } } }',
        `{ CareerPath(id: ${entryId}, draft: true) { definition } }`,
      ]) {
        expect(JSON.stringify(await graphql(query)), query).not.toMatch(/Secret words|Hidden Role/)
      }
      // Versions hold drafts: signed-in staff only.
      expect((await get('/api/career-paths/versions')).status).toBe(403)
      expect((await get(`/api/career-paths/versions?where[parent][equals]=${entryId}`)).status).toBe(403)
      expect(JSON.stringify(await graphql('{ versionsCareerPaths { docs { version { title definition } } } }'))).not.toContain('Secret words')
      expect((await get('/api/career-paths/versions', as(editor))).status).toBe(200)
    })

    test('editors cannot manage users, change any role (their own included) or edit settings; anonymous users cannot write', async () => {
      expect((await get('/api/users', as(editor, send('POST', { email: 'x@example.com', password })))).status).toBe(403)
      const admins = (await (await get('/api/users?where[role][equals]=admin', as(admin))).json()) as { docs: { id: number }[] }
      const adminId = admins.docs[0]!.id
      expect((await get(`/api/users/${adminId}`, as(editor, send('PATCH', { email: 'mine@example.com' })))).status).toBe(403)
      expect((await get(`/api/users/${adminId}`, as(editor, { method: 'DELETE' }))).status).toBe(403)
      await get(`/api/users/${editorId}`, as(editor, send('PATCH', { role: 'admin' })))
      await graphql(`mutation { updateUser(id: ${editorId}, data: { role: admin }) { role } }`, editor)
      expect((await me(as(editor)))!.role).toBe('editor')

      expect((await get('/api/globals/settings', as(editor, send('POST', { siteName: 'Hijacked' })))).status).toBe(403)
      await graphql('mutation { updateSettings(data: { siteName: "Hijacked" }) { siteName } }', editor)
      const settings = (await (await get('/api/globals/settings')).json()) as { siteName: string }
      expect(settings.siteName).not.toBe('Hijacked')

      const data = entryToDocumentData(draftEntry('anon-role', 'Anon Role'), () => undefined)
      expect((await get('/api/career-paths', as(undefined, send('POST', { ...data, _status: 'published' })))).status).toBe(403)
      expect((await get(`/api/career-paths/${entryId}`, as(undefined, send('PATCH', { title: 'Defaced' })))).status).toBe(403)
      expect((await get(`/api/career-paths/${entryId}`, as(undefined, { method: 'DELETE' }))).status).toBe(403)
      expect((await get('/api/globals/settings', as(undefined, send('POST', { siteName: 'Defaced' })))).status).toBe(403)
      expect((await get('/api/users', as(undefined, send('POST', { email: 'anon@example.com', password })))).status).toBe(403)
      expect((await get('/api/users/first-register', as(undefined, send('POST', { email: 'late@example.com', password })))).status).toBeGreaterThanOrEqual(400)
      const gqlWrite = await graphql('mutation { updateCareerPath(id: ' + entryId + ', data: { title: "Defaced" }) { title } }')
      expect(gqlWrite.errors?.length).toBeGreaterThan(0)
      expect(JSON.stringify(await (await get(`/api/career-paths/${entryId}`)).json())).not.toContain('Defaced')
    })

    test('fields an editor should not set cannot be set through REST or GraphQL', async () => {
      const data = entryToDocumentData(draftEntry('feed-id-role', 'Feed Id Role'), () => undefined)
      const made = await get('/api/career-paths', as(editor, send('POST', { ...data, feedId: 'urn:forged', _status: 'published' })))
      expect(made.status, await made.clone().text()).toBe(201)
      const id = ((await made.json()) as { doc: { id: number } }).doc.id
      await get(`/api/career-paths/${id}`, as(editor, send('PATCH', { feedId: 'urn:forged-again' })))
      await graphql(`mutation { updateCareerPath(id: ${id}, data: { feedId: "urn:forged-gql" }) { feedId } }`, editor)
      const stored = (await (await get(`/api/career-paths/${id}`, as(admin))).json()) as { feedId?: string | null }
      expect(String(stored.feedId ?? '')).not.toMatch(/forged/)

      // Account internals: attempts, lock, hash and salt are Payload's, never the request's.
      await get(`/api/users/${editorId}`, as(editor, send('PATCH', { loginAttempts: -100, lockUntil: null, hash: 'x', salt: 'y', _verified: true })))
      expect((await login('editor@example.com')).status).toBe(200)
      const self = (await (await get(`/api/users/${editorId}`, as(admin))).json()) as Record<string, unknown>
      expect(self).not.toHaveProperty('hash')
      expect(self).not.toHaveProperty('salt')
      expect(self.loginAttempts ?? 0).toBe(0)
    })

    test('five bad passwords lock an account, one by one or in a parallel burst; the right password then fails too', async () => {
      for (let i = 0; i < 5; i++) expect((await login('victim@example.com', 'wrong password')).status).toBe(401)
      const locked = await login('victim@example.com')
      expect(locked.status).toBe(401)
      expect(await locked.text()).toMatch(/locked/i)

      await Promise.all(Array.from({ length: 20 }, () => login('burst@example.com', 'wrong password')))
      const afterBurst = await login('burst@example.com')
      expect(afterBurst.status).toBe(401)
      expect(await afterBurst.text()).toMatch(/locked/i)
    })

    test('a token no longer works after logout; the session cookie is HttpOnly, SameSite=Lax and Secure', async () => {
      const res = await login('leaver@example.com')
      const cookie = res.headers.get('set-cookie') ?? ''
      expect(cookie).toMatch(/payload-token=/)
      expect(cookie).toMatch(/HttpOnly/i)
      expect(cookie).toMatch(/SameSite=Lax/i)
      expect(cookie).toMatch(/Secure/i)
      const leaver = ((await res.json()) as { token: string }).token
      expect(await me(as(leaver))).not.toBeNull()
      expect((await get('/api/users/logout', as(leaver, { method: 'POST' }))).status).toBe(200)
      expect(await me(as(leaver))).toBeNull()
      expect(
        (
          await get(
            '/api/career-paths',
            as(
              leaver,
              send(
                'POST',
                entryToDocumentData(draftEntry('late-role', 'Late Role'), () => undefined),
              ),
            ),
          )
        ).status,
      ).toBe(403)
    })

    test('the session cookie counts only from allowed origins (CSRF); CORS answers only allowed origins', async () => {
      const res = await login('editor@example.com')
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!
      const withCookie = (origin?: string): RequestInit => ({ headers: { Cookie: cookie, 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}) } })
      expect(await me(withCookie(app.url))).not.toBeNull()
      expect(await me(withCookie('https://careers.example.com'))).not.toBeNull()
      expect(await me(withCookie('https://evil.example'))).toBeNull()
      const forged = await get('/api/career-paths', {
        ...withCookie('https://evil.example'),
        ...send(
          'POST',
          entryToDocumentData(draftEntry('csrf-role', 'Csrf Role'), () => undefined),
        ),
      })
      expect(forged.status).toBe(403)

      const preflight = (origin: string) => get('/api/career-paths', { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } })
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).not.toBe('*')
      expect((await preflight('https://careers.example.com')).headers.get('access-control-allow-origin')).toBe('https://careers.example.com')
    })

    test('limit, page and depth are capped on REST and the feed; GraphQL has a complexity limit; introspection and the playground are off', async () => {
      const drafts = Array.from({ length: maxPageSize + 5 }, (_, i) => entryToDocumentData(draftEntry(`bulk-${i}`, `Bulk ${i}`), () => undefined))
      for (let i = 0; i < drafts.length; i += 15) {
        await Promise.all(drafts.slice(i, i + 15).map((d) => get('/api/career-paths?draft=true', as(editor, send('POST', { ...d, _status: 'draft' })))))
      }
      for (const query of ['limit=1000000', 'limit=0', 'limit=-5', 'pagination=false', 'limit=1000000&pagination=false']) {
        const body = (await (await get(`/api/career-paths?draft=true&depth=0&${query}`, as(editor))).json()) as { docs: unknown[]; totalDocs: number }
        expect(body.docs.length, query).toBeLessThanOrEqual(maxPageSize)
        expect(body.docs.length, query).toBeGreaterThan(0)
        expect(body.totalDocs, `${query}: a page, not every row`).toBeGreaterThan(body.docs.length)
        if (query.startsWith('limit=')) expect(body.docs.length, query).toBe(maxPageSize)
      }
      const far = (await (await get('/api/career-paths?page=99999999999&limit=100')).json()) as { docs: unknown[]; page: number }
      expect(far.docs).toEqual([])
      expect(far.page).toBeLessThanOrEqual(maxPage)
      expect(((await (await get('/api/career-paths/versions?limit=0', as(editor))).json()) as { docs: unknown[] }).docs.length).toBeLessThanOrEqual(maxPageSize)

      // backend-developer's related entries relate back: at depth 10 they would nest ten deep.
      const deep = (await (await get('/api/career-paths?where[slug][equals]=backend-developer&depth=10')).json()) as { docs: any[] }
      expect(typeof deep.docs[0].related[0].related[0], 'depth 2 populates two levels').toBe('object')
      const level3 = deep.docs[0].related[0].related[0].related[0]
      expect(typeof level3 === 'number' || typeof level3 === 'string', 'relations stop at depth 2').toBe(true)

      const feed = (await (await get('/feed.json?limit=1000000')).json()) as { items: unknown[] }
      expect(feed.items.length).toBeLessThanOrEqual(maxPageSize)

      // One request asking for a hundred lists of entries with their relations: over the complexity limit.
      const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: CareerPaths(limit: 100) { docs { title related { title related { title } } } }`)
      const heavy = await graphql(`{ ${aliases.join(' ')} }`)
      expect(JSON.stringify(heavy.errors ?? [])).toMatch(/complexity/i)
      const introspection = await graphql('{ __schema { types { name } } }')
      expect(introspection.errors?.length, 'introspection is off in production').toBeGreaterThan(0)
      expect(introspection.data?.__schema).toBeUndefined()
      expect((await get('/api/graphql-playground')).status).toBeGreaterThanOrEqual(400)
    })

    test('every response carries CSP, nosniff, Referrer-Policy and frame protection', async () => {
      for (const path of [
        '/career-paths',
        '/career-paths/backend-developer',
        '/career-paths/backend-developer.pdf',
        '/career-paths/backend-developer.md',
        '/feed.json',
        '/api/career-paths',
        '/admin/login',
        '/career-paths/no-such-role',
        '/no/such/page',
      ]) {
        const res = await get(path)
        const headers = res.headers
        expect(headers.get('content-security-policy'), path).toMatch(/default-src 'self'/)
        expect(headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'self'/)
        expect(headers.get('content-security-policy'), path).toMatch(/object-src 'none'/)
        expect(headers.get('x-content-type-options'), path).toBe('nosniff')
        expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin')
        expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN')
        expect(headers.get('x-powered-by'), path).toBeNull()
      }
    })
  })
}
