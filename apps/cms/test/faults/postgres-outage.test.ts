import { afterAll, beforeAll, expect, it } from 'vitest'
import { freePort, startAppServer, type AppServer } from '../support/app-server'
import { postgresTestDatabase, type TestDatabase } from '../support/databases'
import { Relay } from '../support/tcp-relay'

/** PostgreSQL going away under a running app: it reaches the database through a relay this test cuts and restores. */
let db: TestDatabase
let app: AppServer | undefined
let relay: Relay

beforeAll(async () => {
  db = await postgresTestDatabase()
  if ('skip' in db) return
  const url = new URL(db.choice.url)
  relay = new Relay(await freePort(), { host: url.hostname, port: Number(url.port || 5432) })
  await relay.open()
  url.host = `127.0.0.1:${relay.port}`
  app = await startAppServer({ DATABASE_URI: url.toString(), PAYLOAD_SECRET: 'e2b7c4f1a9d3086b5f2e7c1d4a8b3f6e0c9d2a7b4e1f8c3d' })
})
afterAll(async () => {
  await app?.stop()
  await relay?.cut()
  if (db && 'drop' in db) await db.drop()
})

it('answers 503 with a clear message while PostgreSQL is away, and recovers without a restart', async (ctx) => {
  if ('skip' in db) return ctx.skip(db.skip)
  const get = (path: string) => fetch(`${app!.url}${path}`, { redirect: 'manual' })
  const files = ['/feed.json', '/career-paths/backend-developer.md', '/career-paths/backend-developer.pdf', '/career-paths/backend-developer.json']
  for (const path of files) expect((await get(path)).status, path).toBe(200)

  await relay.cut()
  for (const path of files) {
    const res = await get(path)
    expect(res.status, path).toBe(503)
    expect(res.headers.get('retry-after'), path).toBe('30')
    expect(await res.text(), path).toMatch(/database cannot be reached/)
  }
  // A page cannot set its status (App Router): it says, in the server's HTML, that it is unavailable
  // for a moment, asks search engines not to keep it, and shows no stack or internals.
  for (const path of ['/career-paths/backend-developer', '/career-paths']) {
    const page = await get(path)
    const text = await page.text()
    expect(text, path).toMatch(/<meta name="robots" content="noindex, nofollow"/)
    expect(text, path).toMatch(/unavailable for a moment/)
    expect(text, path).not.toMatch(/ECONNREFUSED|at async|node_modules/)
  }

  await relay.open()
  // A refused connection means the app is gone: its own last words go with the failure.
  const status = (path: string) =>
    get(path).then(
      (r) => r.status,
      (e: Error) => `${e.message}: ${String(e.cause)}`,
    )
  await expect
    .poll(() => status('/feed.json'), { timeout: 60_000, interval: 1000 })
    .toBe(200)
    .catch((error: Error) => {
      throw new Error(`${error.message}\n--- the app's output ---\n${app!.output().slice(-4000)}`)
    })
  for (const path of [...files, '/career-paths/backend-developer']) expect((await get(path)).status, path).toBe(200)
  expect(app!.output()).not.toMatch(/Unhandled 'error' event|uncaughtException/)
})
