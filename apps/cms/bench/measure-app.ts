/**
 * One CMS run: one checkout's app on one set of entries, from an empty data
 * dir to every measurement, with the same steps and load for every checkout.
 */
import { loadavg } from 'node:os'
import { freePort } from '../test/support/app-server'
import { firstAdmin, timePublishes, type PublishTimes } from './editor'
import { importEntries, startApp, waitForOutputs, type Checkout, type Content, type RunningApp } from './fixtures'
import { latencyUnderLoad, load, timeOne, type LatencyUnderLoad, type Measured } from './load'
import { removeFolder, tempFolder, waitUntilIdle } from './processes'
import { startPlainServer } from './references'

/** One client asking thousands of times is what is measured, not the per-client handout limit (60 a minute). */
export const pdfRateLimit = '1000000000/60'

/** Long enough for the JIT to settle on a route's code (1 s was visibly short on a loaded machine), capped by the run's length. */
export const warmUpSeconds = (settings: RunSettings) => Math.min(2, settings.seconds)

export interface RunSettings {
  seconds: number
  connections: number
  publishes: number
}

export type Reference = 'plain node' | 'plain node 304' | 'cheapest route'

export interface RouteRow {
  key: string
  label: string
  /** `GET /path`, with the condition if any. */
  request: string
  /** Body size of an unconditional GET. */
  bytes?: number
  /** One request with nothing else running (after an untimed first one). */
  aloneMs: number
  measured: Measured
  /** The plain-node row its req/s is compared with. */
  against: 'plain node' | 'plain node 304'
  reference?: Reference
}

export interface AppRun {
  app: Checkout
  count: number
  slug: string
  importSeconds: number
  importSummary: string
  loadAverage: number[]
  rows: RouteRow[]
  underFeed: LatencyUnderLoad
  publish: PublishTimes
  notes: string[]
}

interface Route {
  key: string
  label: string
  path: string
  /** Sent with the ETag of a first unconditional GET: 304 expected. */
  conditional?: boolean
}

/** The served routes of the issue's table, one entry's files at `slug`. */
function servedRoutes(slug: string): Route[] {
  return [
    { key: 'pdf', label: 'PDF handout', path: `/career-paths/${slug}.pdf` },
    { key: 'pdf-304', label: 'PDF handout, If-None-Match → 304', path: `/career-paths/${slug}.pdf`, conditional: true },
    { key: 'md', label: 'Markdown', path: `/career-paths/${slug}.md` },
    { key: 'json', label: 'Entry JSON', path: `/career-paths/${slug}.json` },
    { key: 'page', label: 'Entry page', path: `/career-paths/${slug}` },
    { key: 'feed', label: 'JSON Feed', path: '/feed.json' },
    { key: 'feed-304', label: 'JSON Feed, If-None-Match → 304', path: '/feed.json', conditional: true },
    { key: 'index', label: 'Index of entries', path: '/career-paths' },
  ]
}

const log = (line: string) => console.log(line)

export async function measureApp(app: Checkout, content: Content, settings: RunSettings): Promise<AppRun> {
  const tag = `[${content.count} entries, ${app.label}]`
  const dataDir = tempFolder('careers-bench-data-')
  const port = await freePort()
  let running: RunningApp | undefined
  try {
    log(`${tag} importing into a fresh data dir …`)
    const imported = await importEntries(app, content, dataDir, `http://127.0.0.1:${port}`)
    log(`${tag} import of ${content.count} entries: ${imported.seconds.toFixed(1)} s (${imported.summary})`)
    log(`${tag} starting the app on port ${port} with CAREERS_RATE_LIMIT_PDF=${pdfRateLimit} …`)
    running = await startApp(app, dataDir, port, { CAREERS_RATE_LIMIT_PDF: pdfRateLimit })
    await waitForOutputs(running, content.slug)
    const token = await firstAdmin(running.url)
    const notes: string[] = []
    const settle = async (what: string, maxSeconds = 90) => {
      const seconds = await waitUntilIdle(running!.pid, maxSeconds)
      if (seconds === undefined) notes.push(`the app was still busy ${maxSeconds} s after ${what}; measured anyway`)
      return seconds
    }
    // After an import the worker makes the book (every entry in one PDF; minutes for 1,000 entries on
    // 2 cores): the routes are measured once it is done, as a site between bursts of publishes is.
    const startedFor = await settle('start (the book of every entry is made then)', 900)
    if (startedFor !== undefined && startedFor > 5) notes.push(`the app's worker was busy for ${startedFor.toFixed(0)} s after start (the book of every entry, when the app has one); measured after`)
    const loadAverage = loadavg()
    const rows: RouteRow[] = []
    /** `onApp`: the row loads the app (not the plain server), whose processes must be idle before and after. */
    const measureRow = async (row: Omit<RouteRow, 'measured' | 'aloneMs'>, url: string, headers: Record<string, string>, expect: 200 | 304, onApp = true) => {
      const options = { connections: settings.connections, headers, expect }
      await timeOne(url, headers)
      const aloneMs = await timeOne(url, headers)
      // Warm-up (JIT, caches, a lazy first render), then whatever it left in flight drains.
      await load(url, { ...options, seconds: warmUpSeconds(settings) })
      if (onApp) await settle(`warming up ${row.request}`)
      const measured = await load(url, { ...options, seconds: settings.seconds })
      rows.push({ ...row, aloneMs, measured })
      const { reqPerSec, p50, p99, errors, notes: warnings } = measured
      log(`${tag} ${row.request}: alone ${aloneMs.toFixed(0)} ms; ${reqPerSec.toFixed(1)} req/s, p50 ${p50} ms, p99 ${p99} ms, ${errors} errors${warnings.length ? ` (${warnings.join('; ')})` : ''}`)
      if (onApp) await settle(row.request)
    }

    // References first: the plain server gets the app's own bytes of the measured handout.
    const pdfUrl = `${running.url}/career-paths/${content.slug}.pdf`
    const handout = await fetch(pdfUrl)
    const handoutBytes = new Uint8Array(await handout.arrayBuffer())
    const handoutEtag = handout.headers.get('etag') ?? '"bench"'
    if (handout.status !== 200) throw new Error(`GET ${pdfUrl}: ${handout.status}`)
    const plain = await startPlainServer(handoutBytes, handout.headers.get('content-type') ?? 'application/pdf', handoutEtag)
    try {
      const plainPath = `/career-paths/${content.slug}.pdf`
      const base = { bytes: handoutBytes.length, against: 'plain node' as const }
      await measureRow({ ...base, key: 'plain', label: 'plain node:http, same PDF bytes from memory', request: `GET ${plainPath}`, reference: 'plain node' }, `${plain.url}${plainPath}`, {}, 200, false)
      await measureRow(
        { key: 'plain-304', label: 'plain node:http, If-None-Match → 304', request: `GET ${plainPath} (If-None-Match)`, against: 'plain node 304', reference: 'plain node 304' },
        `${plain.url}${plainPath}`,
        { 'If-None-Match': handoutEtag },
        304,
        false,
      )
    } finally {
      await plain.close()
    }
    const health = await fetch(`${running.url}/healthz`)
    const healthBody = await health.text()
    if (health.status !== 200) notes.push(`GET /healthz answers ${health.status}: this checkout has no cheapest route, so its "% of /healthz" column means little`)
    await measureRow(
      { key: 'healthz', label: 'cheapest app route (no database)', request: 'GET /healthz', bytes: healthBody.length, against: 'plain node', reference: 'cheapest route' },
      `${running.url}/healthz`,
      {},
      200,
    )

    for (const route of servedRoutes(content.slug)) {
      const url = `${running.url}${route.path}`
      const first = await fetch(url)
      const body = new Uint8Array(await first.arrayBuffer())
      if (first.status !== 200) notes.push(`GET ${route.path} answered ${first.status} before its load run`)
      const headers: Record<string, string> = {}
      if (route.conditional) {
        const etag = first.headers.get('etag')
        if (!etag) notes.push(`GET ${route.path} sends no ETag: its conditional row measures full answers`)
        else {
          headers['If-None-Match'] = etag
          const check = await fetch(url, { headers })
          await check.arrayBuffer()
          if (check.status !== 304) notes.push(`GET ${route.path} with its own ETag answered ${check.status}, not 304`)
        }
      }
      await measureRow(
        {
          key: route.key,
          label: route.label,
          request: `GET ${route.path}${route.conditional ? ' (If-None-Match)' : ''}`,
          ...(route.conditional ? {} : { bytes: body.length }),
          against: route.conditional ? 'plain node 304' : 'plain node',
        },
        url,
        headers,
        route.conditional ? 304 : 200,
      )
    }

    log(`${tag} .md requests while 8 clients read /feed.json …`)
    const underFeed = await latencyUnderLoad(`${running.url}/career-paths/${content.slug}.md`, `${running.url}/feed.json`, 8, settings.seconds)
    log(
      `${tag} .md under feed load: p50 ${underFeed.p50.toFixed(0)} ms, worst ${underFeed.max.toFixed(0)} ms${underFeed.timedOut ? ` (${underFeed.timedOut} without an answer)` : ''} (${underFeed.count} requests; feed: ${underFeed.loadResponses} responses)`,
    )
    await settle('the feed load')

    log(`${tag} publishing ${content.slug} ${settings.publishes} times …`)
    const publish = await timePublishes(running.url, token, content.slug, settings.publishes)
    log(`${tag} publish requests: ${publish.requestMs.map((ms) => ms.toFixed(0)).join(', ')} ms; visible after ${publish.visibleMs.map((ms) => (ms === undefined ? 'never' : ms.toFixed(0))).join(', ')} ms`)

    return { app, count: content.count, slug: content.slug, importSeconds: imported.seconds, importSummary: imported.summary, loadAverage, rows, underFeed, publish, notes }
  } catch (error) {
    if (running) console.error(`${tag} the app's last output:\n${running.output().slice(-3000)}`)
    throw error
  } finally {
    await running?.stop()
    removeFolder(dataDir)
  }
}
