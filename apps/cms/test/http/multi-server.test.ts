import { appendFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import pg from 'pg'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { draftEntry } from '../integration/cms-suite'
import { freePort, groupRss, startAppServer, startNpmScript, startScript, untilServed, type AppServer, type ScriptProcess } from '../support/app-server'
import { postgresTestDatabase, type TestDatabase } from '../support/databases'
import { Relay } from '../support/tcp-relay'

/**
 * Beyond one machine: two web servers and two job workers on one PostgreSQL,
 * as real processes of the built app. A is `npm start` (web server and worker,
 * importing content/ first); B is a second `scripts/serve.ts`, and a second
 * `npm run worker` runs beside them. All reach the database through a relay
 * this test can cut, so PostgreSQL can "stop" without stopping the server
 * other suites share.
 */
let db: TestDatabase
let relay: Relay
let a: AppServer
let b: ScriptProcess
let bUrl: string
let worker2: ScriptProcess
let sql: pg.Client
let token: string
const admin = { email: 'admin@example.com', password: 'correct horse battery' }
const json = { 'Content-Type': 'application/json' }
const send = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body), headers: { ...json, Authorization: `JWT ${token}` } })

beforeAll(async () => {
  db = await postgresTestDatabase()
  if ('skip' in db) return console.warn(`[skipped] several servers on PostgreSQL: ${db.skip}`)
  const url = new URL(db.choice.url)
  relay = new Relay(await freePort(), { host: url.hostname, port: Number(url.port || 5432) })
  await relay.open()
  const viaRelay = new URL(db.choice.url)
  viaRelay.host = `127.0.0.1:${relay.port}`
  const env = {
    DATABASE_URI: viaRelay.toString(),
    PAYLOAD_SECRET: 'f3a9c2e7b1d4085a6c3e9f2b7d1a4c8e5b0f3a6d',
    CAREERS_WORKER_POLL_MS: '200',
    CAREERS_JOB_TIMEOUT_MS: '15000',
  }
  a = await startAppServer(env)
  const port = await freePort()
  bUrl = `http://127.0.0.1:${port}`
  b = startScript('scripts/serve.ts', { ...env, PORT: String(port) })
  worker2 = startNpmScript('worker', env)
  for (
    let tries = 0;
    (await fetch(`${bUrl}/healthz`).then(
      (r) => r.status,
      () => 0,
    )) !== 200;
    tries++
  ) {
    if (tries > 180) throw new Error(`server B did not answer within 90 s:\n${b.output()}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  sql = new pg.Client({ connectionString: db.choice.url })
  await sql.connect()
  const registered = await fetch(`${a.url}/api/users/first-register`, { method: 'POST', body: JSON.stringify(admin), headers: json })
  expect(registered.status).toBe(200)
  token = ((await registered.json()) as { token: string }).token
})

afterAll(async () => {
  worker2?.signal('SIGKILL')
  b?.signal('SIGKILL')
  await a?.stop()
  await sql?.end().catch(() => {})
  await relay?.cut()
  if (db && 'drop' in db) await db.drop()
})

const progress = (line: string) => process.env.CAREERS_TEST_PROGRESS && appendFileSync(process.env.CAREERS_TEST_PROGRESS, `${new Date().toISOString()} ${line}\n`)
const skipWithoutPostgres = (ctx: { skip: (reason: string) => void }) => 'skip' in db && ctx.skip(db.skip)

/** Render jobs not done (waiting, running, between retries) and jobs marked processing. */
async function jobsLeft(): Promise<{ left: number; processing: number }> {
  const { rows } = await sql.query('SELECT count(*)::int AS left, count(*) FILTER (WHERE processing)::int AS processing FROM payload_jobs WHERE completed_at IS NULL AND has_error IS NOT TRUE')
  const activity = await sql.query('SELECT state, wait_event_type, wait_event, left(query, 60) AS q FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')
  progress(`jobs ${JSON.stringify(rows[0])}; sessions ${JSON.stringify(activity.rows)}`)
  return rows[0] as { left: number; processing: number }
}
const allJobsDone = () => expect.poll(jobsLeft, { timeout: 180_000, interval: 500 }).toEqual({ left: 0, processing: 0 })

/** The ids of the jobs each worker says it ran to success. */
const jobsRan = () => [a.output(), worker2.output()].flatMap((log) => [...log.matchAll(/ran job (\d+) \(success\)/g)].map((m) => m[1]!))

it('a publish through server A is served by server B within 5 s: handout, Markdown and feed', async (ctx) => {
  if (skipWithoutPostgres(ctx)) return
  const made = await fetch(`${a.url}/api/career-paths`, send('POST', { ...entryToDocumentData(draftEntry('cross-server', 'Cross Server'), () => undefined), _status: 'published' }))
  expect(made.status, await made.clone().text()).toBe(201)
  const deadline = Date.now() + 5000
  const left = () => Math.max(1, deadline - Date.now())
  await untilServed({ url: bUrl }, '/career-paths/cross-server.md', (text) => text.includes('# Cross Server Career Path'), left())
  await untilServed({ url: bUrl }, '/career-paths/cross-server.pdf', () => true, left())
  await untilServed({ url: bUrl }, '/feed.json', (text) => text.includes('Cross Server Career Path'), left())
})

it('ten bad sign-ins split over both servers lock the account, and the next answers 429 on either', async (ctx) => {
  if (skipWithoutPostgres(ctx)) return
  const signIn = (url: string) => fetch(`${url}/api/users/login`, { method: 'POST', body: JSON.stringify({ ...admin, password: 'wrong' }), headers: json })
  const statuses: number[] = []
  for (let i = 0; i < 10; i++) statuses.push((await signIn(i % 2 ? bUrl : a.url)).status)
  expect(statuses).toEqual(Array(10).fill(401))
  expect((await sql.query('SELECT lock_until FROM users WHERE email = $1', [admin.email])).rows[0].lock_until).not.toBeNull()
  for (const url of [a.url, bUrl]) {
    const limited = await signIn(url)
    expect(limited.status, url).toBe(429)
    expect(await limited.text()).toMatch(/Too many sign-in attempts/)
  }
})

/** Every career path, by id. */
async function allEntries(): Promise<{ id: number; slug: string }[]> {
  const res = await fetch(`${a.url}/api/career-paths?limit=100&depth=0&sort=id`, { headers: { Authorization: `JWT ${token}` } })
  return ((await res.json()) as { docs: { id: number; slug: string }[] }).docs
}

/** Publishes a new first responsibility of `entry` through `url` (a change no other entry shows, so no other render follows). */
const publishDuty = (url: string, entry: { id: number }, duty: string) =>
  fetch(`${url}/api/career-paths/${entry.id}`, send('PATCH', { responsibilities: [{ text: duty }], _status: 'published' })) // The body read, as a client does: an unread response is a request still in flight to the server.
    .then(async (r) => {
      const text = await r.text()
      return r.status === 200 ? 200 : `${r.status} ${text}`
    })

/** Each entry's files, on both servers, show the first responsibility it holds now. */
async function expectNewestOutputs(entries: { id: number; slug: string }[]): Promise<void> {
  for (const entry of entries) {
    const stored = (await (await fetch(`${a.url}/api/career-paths/${entry.id}?depth=0`, { headers: { Authorization: `JWT ${token}` } })).json()) as { responsibilities: { text: string }[] }
    const duty = stored.responsibilities[0]!.text
    for (const url of [a.url, bUrl]) expect(await (await fetch(`${url}/career-paths/${entry.slug}.md`)).text(), `${url} ${entry.slug}`).toContain(duty)
  }
}

it('50 publishes over both servers at once, in pairs of the same entry: no error, every output the newest, each job run once', async (ctx) => {
  if (skipWithoutPostgres(ctx)) return
  const entries = await allEntries()
  expect(entries.length).toBeGreaterThanOrEqual(10)
  const started = Date.now()
  // 25 pairs: each pair publishes one entry through A and through B at the same moment.
  progress('50 publishes: start')
  const publishes = Array.from({ length: 25 }, (_, i) => entries[i % entries.length]!).flatMap((entry, i) => [publishDuty(a.url, entry, `Pair ${i} through A.`), publishDuty(bUrl, entry, `Pair ${i} through B.`)])
  expect(await Promise.all(publishes)).toEqual(Array(50).fill(200))
  console.log(`50 publishes answered in ${Date.now() - started} ms; renders left: ${JSON.stringify(await jobsLeft())}`)
  await allJobsDone()
  console.log(`rendered in ${Date.now() - started} ms`)
  await expectNewestOutputs(entries)
  const ran = jobsRan()
  expect(
    ran.filter((id, i) => ran.indexOf(id) !== i),
    'jobs run twice',
  ).toEqual([])
}, 240_000)

it('a worker killed (kill -9) in the middle of a batch: the other finishes every job, nothing stays queued or processing', async (ctx) => {
  if (skipWithoutPostgres(ctx)) return
  const entries = (await allEntries()).slice(0, 10)
  const before = worker2.output().length
  for (const [i, entry] of entries.entries()) expect(await publishDuty(a.url, entry, `Survivor ${i}.`)).toBe(200)
  await expect.poll(() => /ran job/.test(worker2.output().slice(before)), { timeout: 60_000, interval: 50 }).toBe(true)
  worker2.signal('SIGKILL')
  await worker2.exited
  console.log(`worker 2 killed with ${JSON.stringify(await jobsLeft())} jobs left`)
  await allJobsDone()
  await expectNewestOutputs(entries)
}, 240_000)

it('/readyz answers 503 while PostgreSQL is away and 200 again once it is back, on both servers, without a restart', async (ctx) => {
  if (skipWithoutPostgres(ctx)) return
  for (const url of [a.url, bUrl]) expect(await (await fetch(`${url}/readyz`)).text(), url).toBe('ready\n')
  await relay.cut()
  for (const url of [a.url, bUrl]) {
    const res = await fetch(`${url}/readyz`)
    expect(res.status, url).toBe(503)
    expect(await res.text()).toMatch(/^not ready: the database does not answer/)
    expect((await fetch(`${url}/healthz`)).status, 'the process still lives').toBe(200)
  }
  await relay.open()
  for (const url of [a.url, bUrl]) await expect.poll(() => fetch(`${url}/readyz`).then((r) => r.status), { timeout: 60_000, interval: 500 }).toBe(200)
  // The outage ended no process: A's worker (the only one left) renders a publish made after it.
  const [entry] = await allEntries()
  // A refused connection means A is gone: its own last words go with the failure.
  const published = await publishDuty(a.url, entry!, 'After the outage.').catch((error: Error) => {
    throw new Error(`${error.message}: ${String(error.cause)}\n--- server A's output ---\n${a.output().slice(-6000)}`)
  })
  expect(published).toBe(200)
  await allJobsDone()
  await expectNewestOutputs([entry!])
  expect(a.output()).not.toMatch(/Unhandled 'error' event/)
}, 240_000)

/** A GET on a connection of its own: its status, or the error that ended it. */
const getFresh = (url: string) =>
  new Promise<{ status?: number; error?: string }>((resolve) => {
    const req = httpRequest(url, { agent: false }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode }))
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }))
    })
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }))
    req.end()
  })

/** A GraphQL read whose body trickles in over `ms`: a request in flight for that long. */
const slowQuery = (url: string, ms: number) =>
  new Promise<{ status?: number; error?: string }>((resolve) => {
    const req = httpRequest(`${url}/api/graphql`, { method: 'POST', agent: false, headers: { ...json, 'Transfer-Encoding': 'chunked' } }, (res) => {
      res.resume()
      res.on('end', () => resolve({ status: res.statusCode }))
    })
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }))
    req.write('{"query": "{ CareerPaths(limit: 1) ')
    setTimeout(() => req.end('{ totalDocs } }"}'), ms)
  })

it('SIGTERM on a web server under load: every request it took is answered, then it exits 0', async (ctx) => {
  if (skipWithoutPostgres(ctx)) return
  const outcomes: { status?: number; error?: string }[] = []
  let stop = false
  const load = Array.from({ length: 6 }, async () => {
    while (!stop) outcomes.push(await getFresh(`${bUrl}/career-paths/backend-developer.md`))
  })
  await new Promise((r) => setTimeout(r, 1000))
  const inFlight = Array.from({ length: 5 }, () => slowQuery(bUrl, 2000))
  await new Promise((r) => setTimeout(r, 300))
  b.signal('SIGTERM')
  // B's own last words go with any failure here: CI's log shows only the assertion.
  expect(await b.exited, b.output().slice(-3000)).toBe(0)
  stop = true
  await Promise.all(load)
  expect(await Promise.all(inFlight), b.output().slice(-3000)).toEqual(Array(5).fill({ status: 200 }))
  expect(b.output()).toMatch(/SIGTERM: finishing \d+ request\(s\) in flight/)
  // Every request that got an answer got a whole one. A fresh connection refused, or reset while it
  // still sat in the kernel's accept queue as the listener closed, was never taken by the server (a
  // load balancer retries those on another server: nginx's proxy_next_upstream error); counted here.
  expect(
    outcomes.filter((o) => o.status !== undefined && o.status !== 200),
    b.output().slice(-3000),
  ).toEqual([])
  expect(outcomes.filter((o) => o.error !== undefined && o.error !== 'ECONNREFUSED' && o.error !== 'ECONNRESET')).toEqual([])
  console.log(
    `load on B: ${outcomes.filter((o) => o.status === 200).length} answered, connections refused ${outcomes.filter((o) => o.error === 'ECONNREFUSED').length}, reset before being taken ${outcomes.filter((o) => o.error === 'ECONNRESET').length}`,
  )
  expect(outcomes.filter((o) => o.status === 200).length).toBeGreaterThan(0)
})

// On server A: B has stopped. (A server told to stop within 30 s of refusing a body its client is still sending waits for that client, up to 30 s.)
// Retried: once in CI (a clean clone, the other suites running beside it) one of the 20 uploads failed with the client's
// `write EPIPE` before it read its 413; not reproduced here. A real fault (a body read whole, a 200) fails every try.
it('20 concurrent 50 MB bodies (declared or chunked) all answer 413, and the server grows by less than 50 MB', { retry: 2 }, async (ctx) => {
  if (skipWithoutPostgres(ctx)) return
  const before = groupRss(a.pid)
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, groupRss(a.pid))), 20)
  const body = Buffer.alloc(50 * 1024 * 1024, ' ')
  const chunked = () => {
    let sent = 0
    return new ReadableStream<Uint8Array>({ pull: (c) => (sent++ < 50 ? c.enqueue(new Uint8Array(1024 * 1024)) : c.close()) })
  }
  const statuses = await Promise.all(
    Array.from({ length: 20 }, (_, i) => fetch(`${a.url}/api/users/login`, { method: 'POST', headers: json, ...(i % 2 ? { body } : { body: chunked(), duplex: 'half' }) } as RequestInit).then((r) => r.status)),
  )
  clearInterval(sampler)
  expect(statuses).toEqual(Array(20).fill(413))
  console.log(`server A (web server and worker): ${Math.round(before / 2 ** 20)} MB before, ${Math.round(peak / 2 ** 20)} MB at most during 20 bodies of 50 MB`)
  expect(peak - before).toBeLessThan(50 * 1024 * 1024)
})
