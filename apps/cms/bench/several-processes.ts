/**
 * Several processes on one PostgreSQL, as a deployment beyond one machine runs
 * them: the served `.pdf` and feed against one web server, then against two at
 * once (the same connections split between them), and render jobs with one
 * worker, then with two. On a 2-core machine two of anything share the same
 * cores: what this shows is the overhead of the split (shared rate limits,
 * job claiming), not a gain; on more cores it shows the gain.
 */
import pg from 'pg'
import { freePort } from '../test/support/app-server'
import { importEntries, type Checkout, type Content } from './fixtures'
import { load, type Measured } from './load'
import type { RunSettings } from './measure-app'
import { pdfRateLimit, warmUpSeconds } from './measure-app'
import { spawnGroup, type Spawned } from './processes'

export interface SplitRow {
  label: string
  request: string
  one: Measured
  /** Both servers' answers added up; p50 and p99 the higher of the two. */
  two: Measured
}

export interface JobRow {
  workers: number
  renders: number
  seconds: number
}

export interface SeveralRun {
  app: Checkout
  count: number
  routes: SplitRow[]
  jobs: JobRow[]
  importSeconds: number
  notes: string[]
}

const log = (line: string) => console.log(line)

/** Where the bench may create a database of its own: the server `.ci/run` starts, unless BENCH_POSTGRES_URI says otherwise. */
export function benchPostgresUri(): string {
  return process.env.BENCH_POSTGRES_URI || process.env.TEST_POSTGRES_URI || 'postgres://careers:careers@127.0.0.1:5432/postgres'
}

/** A fresh database, or why there is none (the several-process part is then left out, with the reason printed). */
async function createDatabase(admin: string): Promise<{ uri: string; drop: () => Promise<void> } | { skip: string }> {
  const name = `careers_bench_${process.pid}_${Date.now().toString(36)}`
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
  } catch (error) {
    return { skip: `no PostgreSQL to create a database on (${error instanceof Error ? error.message : String(error)}); set BENCH_POSTGRES_URI` }
  } finally {
    await client.end().catch(() => {})
  }
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    uri: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

/** Render jobs not done yet (completed jobs are deleted: `deleteJobOnComplete`). */
async function pendingRenders(client: pg.Client): Promise<number> {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM payload_jobs WHERE task_slug IN ('renderEntry', 'renderAll') AND completed_at IS NULL AND has_error IS NOT TRUE`)
  return rows[0].n as number
}

/** Both loads at once, half the connections each, added up. */
async function splitLoad(urls: [string, string], settings: RunSettings, headers: Record<string, string>, expect: 200 | 304): Promise<Measured> {
  const connections = Math.max(1, Math.floor(settings.connections / 2))
  const both = await Promise.all(urls.map((url) => load(url, { connections, seconds: settings.seconds, headers, expect })))
  const statuses: Record<string, number> = {}
  for (const m of both) for (const [code, n] of Object.entries(m.statuses)) statuses[code] = (statuses[code] ?? 0) + n
  return {
    responses: both.reduce((a, m) => a + m.responses, 0),
    reqPerSec: both.reduce((a, m) => a + m.reqPerSec, 0),
    p50: Math.max(...both.map((m) => m.p50)),
    p99: Math.max(...both.map((m) => m.p99)),
    errors: both.reduce((a, m) => a + m.errors, 0),
    statuses,
    notes: both.flatMap((m, i) => m.notes.map((n) => `server ${'AB'[i]}: ${n}`)),
  }
}

export async function measureSeveral(app: Checkout, content: Content, settings: RunSettings): Promise<SeveralRun | { skip: string }> {
  const tag = `[several processes, ${content.count} entries]`
  const database = await createDatabase(benchPostgresUri())
  if ('skip' in database) return database
  const processes: Spawned[] = []
  const client = new pg.Client({ connectionString: database.uri })
  try {
    const env = {
      DATABASE_URI: database.uri,
      PAYLOAD_SECRET: 'careers-bench-several-processes-secret',
      CAREERS_RATE_LIMIT_PDF: pdfRateLimit,
      // The book would take the workers' cores for minutes in the middle of the renders measured.
      CAREERS_BOOK_DELAY_MS: String(24 * 3600_000),
      CAREERS_WORKER_POLL_MS: '200',
    }
    const environment: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' as const, NODE_OPTIONS: '--conditions=production --no-deprecation', ...env }
    const ports = [await freePort(), await freePort()] as const
    log(`${tag} importing into a fresh PostgreSQL database …`)
    const imported = await importEntries(app, content, '', `http://127.0.0.1:${ports[0]}`, env)
    log(`${tag} import: ${imported.seconds.toFixed(1)} s (${imported.summary})`)
    await client.connect()

    const start = (script: string, extra: Record<string, string> = {}) => {
      const run = spawnGroup([app.tsx, script], { cwd: app.dir, env: { ...environment, ...extra } })
      processes.push(run)
      return run
    }
    const servers = ports.map((port) => ({ url: `http://127.0.0.1:${port}`, run: start('scripts/serve.ts', { PORT: String(port), CAREERS_BASE_URL: `http://127.0.0.1:${ports[0]}` }) }))
    for (const { url, run } of servers) await untilAnswers(`${url}/career-paths/${content.slug}.pdf`, run)

    const routes: SplitRow[] = []
    for (const route of [
      { label: 'PDF handout', path: `/career-paths/${content.slug}.pdf` },
      { label: 'JSON Feed', path: '/feed.json' },
    ]) {
      const [a, b] = servers.map((s) => `${s.url}${route.path}`) as [string, string]
      const options = { connections: settings.connections, expect: 200 as const }
      await load(a, { ...options, seconds: warmUpSeconds(settings) })
      await load(b, { ...options, seconds: warmUpSeconds(settings) })
      const one = await load(a, { ...options, seconds: settings.seconds })
      const two = await splitLoad([a, b], settings, {}, 200)
      routes.push({ label: route.label, request: `GET ${route.path}`, one, two })
      log(`${tag} GET ${route.path}: one server ${one.reqPerSec.toFixed(1)} req/s (p50 ${one.p50} ms), two ${two.reqPerSec.toFixed(1)} req/s (p50 ≤ ${two.p50} ms), ${one.errors + two.errors} errors`)
    }
    for (const { run } of servers) await run.stop()

    // Renders: every entry queued again (a settings-like render of everything), timed until none is left.
    const jobs: JobRow[] = []
    for (const workers of [1, 2]) {
      const started = Array.from({ length: workers }, () => start('scripts/worker.ts'))
      await new Promise((r) => setTimeout(r, 8000)) // Payload's start in each worker, outside the timing
      const queued = performance.now()
      const queue = spawnGroup([app.tsx, 'bench/queue-render-all.ts'], { cwd: app.dir, env: environment })
      if ((await queue.exited) !== 0) throw new Error(`queueing the renders failed:\n${queue.output()}`)
      let pending = await pendingRenders(client)
      let reported = performance.now()
      while (pending > 0) {
        if (started.some((w) => !w.running())) throw new Error(`a worker exited:\n${started.map((w) => w.output().slice(-2000)).join('\n')}`)
        await new Promise((r) => setTimeout(r, 250))
        pending = await pendingRenders(client)
        if (performance.now() - reported > 15_000) {
          log(`  … ${workers} worker(s): ${pending} renders to go`)
          reported = performance.now()
        }
      }
      const seconds = (performance.now() - queued) / 1000
      jobs.push({ workers, renders: content.count, seconds })
      log(`${tag} ${workers} worker(s): ${content.count} renders in ${seconds.toFixed(1)} s (${(content.count / seconds).toFixed(1)}/s)`)
      for (const w of started) await w.stop()
    }
    return { app, count: content.count, routes, jobs, importSeconds: imported.seconds, notes: [] }
  } finally {
    await Promise.all(processes.map((p) => p.stop()))
    await client.end().catch(() => {})
    await database.drop().catch((error) => console.error(`could not drop the bench database: ${error}`))
  }
}

async function untilAnswers(url: string, run: Spawned, timeoutSeconds = 180): Promise<void> {
  const deadline = Date.now() + timeoutSeconds * 1000
  for (;;) {
    if (!run.running()) throw new Error(`a web server exited while starting:\n${run.output().slice(-4000)}`)
    const status = await fetch(url).then(
      async (r) => {
        await r.arrayBuffer()
        return r.status
      },
      () => 0,
    )
    if (status === 200) return
    if (Date.now() > deadline) throw new Error(`${url} still answers ${status} after ${timeoutSeconds} s:\n${run.output().slice(-4000)}`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
