import { rmSync } from 'node:fs'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { draftEntry } from '../integration/cms-suite'
import { startAppServer, untilServed, type AppServer } from '../support/app-server'
import { startSeededAppServer } from '../support/seeded-app'

/**
 * SQLite under faults, over HTTP against the built app (production start, its
 * own data dir): parallel publishes and reads, and a `kill -9` in the middle
 * of writes. Time bounds here are only safety nets, never assertions.
 */

const password = 'correct horse battery'
const databaseFile = (dataDir: string) => path.join(dataDir, 'careers.db')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Requests against one running app, signed in as its first admin once `signIn` ran. */
function client(app: AppServer) {
  let token = ''
  const request = (pathname: string, init: RequestInit = {}) => fetch(`${app.url}${pathname}`, { redirect: 'manual', ...init })
  const asAdmin = (method: string, pathname: string, body?: unknown) =>
    request(pathname, { method, headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  return {
    request,
    asAdmin,
    /** First admin (on a fresh database) and a login; `POST /api/users/first-register` then `/api/users/login`. */
    async signIn({ register }: { register: boolean }) {
      const headers = { 'Content-Type': 'application/json' }
      const credentials = JSON.stringify({ email: 'admin@example.com', password })
      if (register) {
        const first = await request('/api/users/first-register', { method: 'POST', headers, body: credentials })
        expect(first.status, await first.clone().text()).toBe(200)
      }
      const login = await request('/api/users/login', { method: 'POST', headers, body: credentials })
      expect(login.status, await login.clone().text()).toBe(200)
      token = ((await login.json()) as { token: string }).token
    },
    /** A published entry made by the tests, through REST. */
    publishNew: (slug: string, title: string) => asAdmin('POST', '/api/career-paths', { ...entryToDocumentData(draftEntry(slug, title), () => undefined), _status: 'published' }),
    /** Publishes a change of an entry's responsibilities, through REST. */
    publishResponsibility: (id: number, text: string) => asAdmin('PATCH', `/api/career-paths/${id}`, { responsibilities: [{ text }], _status: 'published' }),
    /** The published document of `slug` as an anonymous reader gets it from REST. */
    async publishedDoc(slug: string) {
      const res = await request(`/api/career-paths?where[slug][equals]=${slug}&depth=0`)
      expect(res.status, slug).toBe(200)
      return ((await res.json()) as { docs: { id: number; slug: string; _status: string; responsibilities: { text: string }[] }[] }).docs[0]
    },
    /** Every item of the feed, page by page (next_url names the configured base URL, so only its path is followed). */
    async feedItems() {
      const items: { title: string; _career_path: { slug: string; responsibilities: string[] } }[] = []
      let next: string | undefined = '/feed.json?limit=100'
      for (let pages = 0; next && pages < 50; pages++) {
        const res = await request(next)
        expect(res.status, next).toBe(200)
        const feed = (await res.json()) as { items: typeof items; next_url?: string }
        items.push(...feed.items)
        next = feed.next_url ? new URL(feed.next_url).pathname + new URL(feed.next_url).search : undefined
      }
      return items
    },
  }
}

/** `body` with a connection of our own to the database file (libsql, no Payload), closed after. */
async function withDatabase<T>(file: string, body: (db: Client) => Promise<T>): Promise<T> {
  const db = createClient({ url: `file:${file}` })
  try {
    return await body(db)
  } finally {
    db.close()
  }
}

const firstValue = (rows: Record<string, unknown>[]) => (rows[0] ? Object.values(rows[0])[0] : undefined)
const describeFailure = async (what: string, res: Response) => `${what}: ${res.status} ${(await res.text().catch(() => '')).slice(0, 300)}`

describe('SQLite: 50 parallel publishes with parallel reads, over HTTP', () => {
  let app: AppServer
  let http: ReturnType<typeof client>

  beforeAll(async () => {
    app = await startSeededAppServer()
    http = client(app)
    await http.signIn({ register: true })
  })
  afterAll(async () => {
    await app?.stop()
  })

  it('answers every request with 2xx, loses no update, lists every entry in the feed, and runs in WAL mode', async () => {
    // The entries the storm updates: the 10 imported ones and 15 published here first.
    for (let i = 0; i < 15; i++) {
      const res = await http.publishNew(`storm-base-${i}`, `Storm Base ${i}`)
      expect(res.status, await res.clone().text()).toBe(201)
    }
    const list = await http.asAdmin('GET', '/api/career-paths?limit=100&depth=0&sort=slug')
    const existing = ((await list.json()) as { docs: { id: number; slug: string; _status: string }[] }).docs
    expect(existing).toHaveLength(25)
    expect(existing.every((d) => d._status === 'published')).toBe(true)
    // Rendered before the storm: a file not made yet is a 503 by design, not a fault of the storm.
    for (const doc of existing) await untilServed(app, `/career-paths/${doc.slug}.md`)

    const run = Date.now().toString(36)
    const updates = existing.map((doc, i) => ({ id: doc.id, slug: doc.slug, text: `Checking parallel update ${i} of run ${run}.` }))
    const creates = Array.from({ length: 25 }, (_, i) => ({ slug: `storm-new-${i}`, title: `Storm New ${i}` }))

    const failures: string[] = []
    let writesDone = false
    // Interleaved: create, update, create, update … all 50 in flight at once.
    const writes = Array.from({ length: 50 }, async (_, n) => {
      const i = Math.floor(n / 2)
      const [what, res] =
        n % 2 === 0
          ? [`create ${creates[i]!.slug}`, await http.publishNew(creates[i]!.slug, creates[i]!.title).catch((e: unknown) => e)]
          : [`update ${updates[i]!.slug}`, await http.publishResponsibility(updates[i]!.id, updates[i]!.text).catch((e: unknown) => e)]
      if (!(res instanceof Response)) failures.push(`${what}: ${String(res)}`)
      else if (!res.ok) failures.push(await describeFailure(what, res))
      else await res.arrayBuffer()
    })

    // Anonymous readers, all the while: the feed, Markdown and pages of entries being updated.
    const readPaths = updates.flatMap((u) => ['/feed.json', `/career-paths/${u.slug}.md`, `/career-paths/${u.slug}`])
    let reads = 0
    const reader = async (start: number) => {
      for (let k = start; !writesDone || k < start + 30; k += 3) {
        const p = readPaths[k % readPaths.length]!
        const res = await http.request(p).catch((e: unknown) => e)
        reads++
        if (!(res instanceof Response)) failures.push(`read ${p}: ${String(res)}`)
        else if (!res.ok) failures.push(await describeFailure(`read ${p}`, res))
        else {
          const body = await res.text()
          if (p.endsWith('.md') && !body.includes(`slug: ${p.slice('/career-paths/'.length, -'.md'.length)}`)) failures.push(`read ${p}: not the entry's Markdown`)
        }
      }
    }

    // Another process's writer (as `npm run import` beside the server would be) holds SQLite's
    // write lock for a while, several times: the server's writers must wait (busy timeout), not fail.
    // Without it the busy timeout would go untested: in one process transactions take turns anyway.
    // (Held longer than the server's 10 s timeout, the publishes fail with 500: the test catches that.)
    const holdMs = 2_000
    let holdsDuringWrites = 0
    const lockHolder = async () => {
      for (let h = 0; h < 3 && !writesDone; h++) {
        await withDatabase(databaseFile(app.dataDir), async (db) => {
          await db.execute('PRAGMA busy_timeout = 60000')
          const tx = await db.transaction('write') // BEGIN IMMEDIATE: the write lock, now
          await sleep(holdMs)
          await tx.commit()
          if (!writesDone) holdsDuringWrites++
        })
        await sleep(500)
      }
    }

    const all = Promise.all(writes).finally(() => (writesDone = true))
    await Promise.all([all, reader(0), reader(1), reader(2), lockHolder()])

    expect(failures).toEqual([])
    expect(reads).toBeGreaterThanOrEqual(30)
    expect(holdsDuringWrites, 'the external writer held the lock while the publishes ran').toBeGreaterThanOrEqual(1)

    // No lost update: each one is what REST, the stored Markdown and the feed serve now.
    for (const u of updates) {
      const doc = await http.publishedDoc(u.slug)
      expect(
        doc?.responsibilities.map((r) => r.text),
        u.slug,
      ).toEqual([u.text])
      // The worker renders each publish moments after it commits.
      expect(await untilServed(app, `/career-paths/${u.slug}.md`, (md) => md.includes(u.text)), u.slug).toContain(u.text)
    }
    for (const c of creates) {
      const doc = await http.publishedDoc(c.slug)
      expect(doc?._status, c.slug).toBe('published')
      await untilServed(app, `/career-paths/${c.slug}.md`)
    }
    const feed = await http.feedItems()
    const feedSlugs = feed.map((item) => item._career_path.slug)
    expect([...feedSlugs].sort()).toEqual([...updates.map((u) => u.slug), ...creates.map((c) => c.slug)].sort())
    for (const u of updates) {
      expect(feed.find((item) => item._career_path.slug === u.slug)?._career_path.responsibilities, u.slug).toEqual([u.text])
    }

    // The file itself, once the server is gone.
    await app.stop({ keepData: true })
    await withDatabase(databaseFile(app.dataDir), async (db) => {
      expect(firstValue((await db.execute('PRAGMA journal_mode')).rows)).toBe('wal')
      expect(firstValue((await db.execute('PRAGMA integrity_check')).rows)).toBe('ok')
      expect((await db.execute('PRAGMA foreign_key_check')).rows).toEqual([])
      expect(firstValue((await db.execute(`SELECT count(*) FROM career_paths_locales WHERE _status = 'published' AND _locale = 'en'`)).rows)).toBe(50)
    })
  }, 600_000)
})

describe('SQLite: kill -9 in the middle of writes', () => {
  let app: AppServer | undefined
  let dataDir: string | undefined

  afterAll(async () => {
    await app?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('leaves a database that passes integrity_check and holds every acknowledged write; a new server serves them', async () => {
    app = await startSeededAppServer()
    dataDir = app.dataDir
    let http = client(app)
    await http.signIn({ register: true })

    const run = Date.now().toString(36)
    /** Entries whose publish the server acknowledged (2xx), by slug. */
    const created = new Map<string, { id?: number; updated?: string }>()
    /** Updates the server acknowledged: slug → responsibility. */
    const updated = new Map<string, string>()
    const failures: string[] = []
    let killing = false
    let inFlight = 0
    let inFlightAtKill = 0
    let next = 0

    const writer = async () => {
      while (!killing) {
        const n = next++
        // Every third write publishes a change of an acknowledged entry not changed yet; the rest create.
        const target = n % 3 === 2 ? [...created].find(([slug, e]) => e.id !== undefined && e.updated === undefined && !updated.has(slug)) : undefined
        if (target) target[1].updated = 'pending'
        const slug = target ? target[0] : `crash-write-${n}`
        const text = `Checking crash update ${n} of run ${run}.`
        inFlight++
        try {
          const res = target ? await http.publishResponsibility(target[1].id!, text) : await http.publishNew(slug, `Crash Write ${n}`)
          // Acknowledged from the status line on: Payload answers after the commit.
          if (res.ok) {
            if (target) updated.set(slug, text)
            else created.set(slug, {})
            const body = (await res.json().catch(() => undefined)) as { doc?: { id: number } } | undefined
            if (!target && body?.doc) created.get(slug)!.id = body.doc.id
          } else if (!killing) failures.push(await describeFailure(slug, res))
        } catch (error) {
          if (!killing) failures.push(`${slug}: ${String(error)}`)
        } finally {
          inFlight--
        }
      }
    }
    const writers = Array.from({ length: 4 }, writer)

    const deadline = Date.now() + 300_000
    while (created.size + updated.size < 40 && failures.length === 0 && Date.now() < deadline) await sleep(50)
    expect(failures).toEqual([])
    expect(created.size + updated.size).toBeGreaterThanOrEqual(40)

    killing = true
    inFlightAtKill = inFlight
    await app.kill('SIGKILL')
    await Promise.all(writers)
    const acknowledged = { created: [...created.keys()], updated: new Map(updated) }
    expect(inFlightAtKill, 'writes were in flight when the server died').toBeGreaterThan(0)
    expect(acknowledged.updated.size).toBeGreaterThan(0)

    // The file as the crash left it (with its WAL), read without Payload.
    await withDatabase(databaseFile(dataDir), async (db) => {
      expect(firstValue((await db.execute('PRAGMA integrity_check')).rows)).toBe('ok')
      expect((await db.execute('PRAGMA foreign_key_check')).rows).toEqual([])
      expect(firstValue((await db.execute('PRAGMA journal_mode')).rows)).toBe('wal')
      const missing: string[] = []
      for (const slug of acknowledged.created) {
        const row = (await db.execute({ sql: "SELECT l._status FROM career_paths c JOIN career_paths_locales l ON l._parent_id = c.id AND l._locale = 'en' WHERE c.slug = ?", args: [slug] })).rows[0]
        if (row?._status !== 'published') missing.push(`${slug}: ${row ? `_status ${String(row._status)}` : 'no row'}`)
      }
      for (const [slug, text] of acknowledged.updated) {
        const rows = (
          await db.execute({
            sql: "SELECT r.text FROM career_paths_responsibilities r JOIN career_paths c ON c.id = r._parent_id WHERE c.slug = ? AND r._locale = 'en' ORDER BY r._order",
            args: [slug],
          })
        ).rows
        if (rows.map((r) => r.text).join('|') !== text) missing.push(`${slug}: responsibilities ${JSON.stringify(rows.map((r) => r.text))}, acknowledged ${text}`)
      }
      expect(missing).toEqual([])
    })

    // A new server on the same data dir: no re-import, and it serves every acknowledged write. Each was
    // committed with its render job; a job the killed worker had taken is released after the job timeout
    // (shortened here) and run again, so every render follows.
    app = await startAppServer({ CAREERS_JOB_TIMEOUT_MS: '3000' }, { dataDir })
    http = client(app)
    expect(app.output()).not.toMatch(/Empty database/)
    for (const slug of acknowledged.created) await untilServed(app, `/career-paths/${slug}.md`)
    for (const [slug, text] of acknowledged.updated) await untilServed(app, `/career-paths/${slug}.md`, (md) => md.includes(text))
    const feedSlugs = new Set((await http.feedItems()).map((item) => item._career_path.slug))
    for (const slug of acknowledged.created) {
      expect(feedSlugs.has(slug), `${slug} in the feed`).toBe(true)
      expect((await http.publishedDoc(slug))?._status, slug).toBe('published')
    }
    for (const [slug, text] of acknowledged.updated) {
      const md = await http.request(`/career-paths/${slug}.md`)
      expect(md.status, slug).toBe(200)
      expect(await md.text(), slug).toContain(text)
    }
    // …and takes writes again.
    await http.signIn({ register: false })
    const after = await http.publishNew('crash-after-restart', 'Crash After Restart')
    expect(after.status, await after.clone().text()).toBe(201)
    await untilServed(app, '/career-paths/crash-after-restart.md')
  }, 600_000)
})
