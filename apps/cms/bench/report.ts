/**
 * The runs as Markdown, to paste into apps/cms/README.md: one table per size
 * and checkout, "10 vs 1,000" per checkout, and before/after per size when two
 * checkouts were measured.
 */
import { cpus } from 'node:os'
import type { AppRun, RouteRow, RunSettings } from './measure-app'
import { pdfRateLimit, warmUpSeconds } from './measure-app'
import type { SeveralRun } from './several-processes'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  if (!sorted.length) return NaN
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
const rps = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1))
const ms = (n: number) => (!Number.isFinite(n) ? '—' : n >= 10 ? `${Math.round(n).toLocaleString('en')} ms` : `${n.toFixed(1)} ms`)
const pct = (n: number) => (!Number.isFinite(n) ? '—' : n >= 10 ? `${Math.round(n)} %` : `${n.toFixed(1)} %`)
const size = (bytes?: number) => (bytes === undefined ? '' : bytes >= 1024 ? `${(bytes / 1024).toFixed(bytes >= 10240 ? 0 : 1)} KB` : `${bytes} B`)
const times = (n: number) => (!Number.isFinite(n) ? '—' : `${n.toFixed(2)}×`)
const table = (head: string[], align: ('l' | 'r')[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${align.map((a) => (a === 'r' ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
const count = (n: number) => n.toLocaleString('en')

/** Served routes first, then the references, as in the run's own table. */
const ordered = (rows: RouteRow[]) => [...rows.filter((r) => !r.reference), ...rows.filter((r) => r.reference)]

function reference(run: AppRun, which: RouteRow['against'] | 'cheapest route'): number {
  return run.rows.find((r) => r.reference === which)?.measured.reqPerSec ?? NaN
}
/** No p50 without a response: a route too slow to answer within the run. */
const p50Of = (row: RouteRow) => (row.measured.responses ? row.measured.p50 : NaN)
const p99Of = (row: RouteRow) => (row.measured.responses ? row.measured.p99 : NaN)

/** A reader that got no answer at all waited at least the timeout: said so, not shown as a time. */
const worstUnderFeed = (run: AppRun) => (run.underFeed.timedOut ? `over ${ms(run.underFeed.timeoutMs)} (no answer)` : ms(run.underFeed.max))

export const publishMedian = (run: AppRun) => median(run.publish.requestMs)
const visibleMedian = (run: AppRun) => median(run.publish.visibleMs.filter((v): v is number => v !== undefined))

export function header(settings: RunSettings): string {
  const cpu = cpus()
  return [
    `CMS bench, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, SQLite.`,
    `Load: autocannon, ${settings.connections} connections, ${settings.seconds} s a route after a ${warmUpSeconds(settings)} s warm-up, on loopback, the app started as \`npm start\` starts it`,
    `(CAREERS_RATE_LIMIT_PDF=${pdfRateLimit}, so the per-client handout limit is not what is measured). Errors: answers other than 2xx/304, connection errors and timeouts.`,
    "Percentages: req/s of the route against the plain node:http server serving the same PDF from memory (its 304 for conditional rows) and against the app's `/healthz`.",
  ].join('\n')
}

/** `name`: the checkout as the before/after tables call it ("A = …"). */
export function runTable(run: AppRun, name = run.app.label): string {
  const plain = { 'plain node': reference(run, 'plain node'), 'plain node 304': reference(run, 'plain node 304') }
  const cheapest = reference(run, 'cheapest route')
  const line = (r: RouteRow) => {
    const m = r.measured
    const label = r.reference ? `*${r.label}*` : r.label
    return [
      label,
      `\`${r.request}\``,
      size(r.bytes),
      ms(r.aloneMs),
      rps(m.reqPerSec),
      ms(p50Of(r)),
      ms(p99Of(r)),
      count(m.responses),
      String(m.errors),
      pct((m.reqPerSec / plain[r.against]) * 100),
      r.reference === 'cheapest route' || !r.reference ? pct((m.reqPerSec / cheapest) * 100) : '',
    ]
  }
  const out = [
    `### ${count(run.count)} entries: ${name}`,
    '',
    table(['route', 'request', 'size', 'alone', 'req/s', 'p50', 'p99', 'answers', 'errors', '% of plain node', '% of /healthz'], ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'], ordered(run.rows).map(line)),
    '',
    `*alone*: one request with nothing else running; *answers*: responses within the run's seconds (p50 and p99 are theirs: requests still waiting when it ended are not counted, so a route slower than the run shows few answers and no percentiles).`,
    '',
    `- Import of ${count(run.count)} entries (\`npm run import\` into a fresh data dir, Payload's start and migrations included): ${run.importSeconds.toFixed(1)} s (${run.importSummary}).`,
    `- Publish of one entry (\`PATCH /api/career-paths/<id>\`, \`_status: "published"\`, one responsibility reworded): median ${ms(publishMedian(run))} of ${run.publish.requestMs.length} (${run.publish.requestMs.map((v) => v.toFixed(0)).join(', ')} ms); the public \`.md\` showed the change after a median ${ms(visibleMedian(run))}${run.publish.visibleMs.includes(undefined) ? ` (${run.publish.visibleMs.filter((v) => v === undefined).length} never within 120 s)` : ''}.`,
    `- \`GET /career-paths/${run.slug}.md\`, one request after another while 8 clients read \`/feed.json\` in a loop: p50 ${ms(run.underFeed.p50)}, worst ${worstUnderFeed(run)} (${run.underFeed.count} requests, ${run.underFeed.errors} not 200; the feed clients got ${run.underFeed.loadResponses} answers${run.underFeed.loadErrors ? `, ${run.underFeed.loadErrors} failed` : ''}).`,
    `- Measured entry \`${run.slug}\`; load average when measuring began: ${run.loadAverage.map((l) => l.toFixed(2)).join(', ')}.`,
  ]
  const notes = [...run.notes, ...run.rows.filter((r) => r.measured.notes.length).map((r) => `\`${r.request}\`: ${r.measured.notes.join('; ')}`)]
  for (const note of notes) out.push(`- Note: ${note}`)
  return out.join('\n')
}

/** Every served route at the smallest and the largest size: the goal is within 2× (req/s at most halved, p50 at most doubled). */
export function sizesTable(small: AppRun, large: AppRun, name = small.app.label): string {
  const rows = ordered(small.rows).map((s) => {
    const l = large.rows.find((r) => r.key === s.key)
    if (!l) return [s.label, rps(s.measured.reqPerSec), '—', '—', '—', ms(p50Of(s)), '—', '—']
    const rate = l.measured.reqPerSec / s.measured.reqPerSec
    // Below 1 ms autocannon's resolution says nothing: 0 and 1 ms are alike.
    const latency = Math.max(1, p50Of(l)) / Math.max(1, p50Of(s))
    const within = Number.isFinite(rate) && Number.isFinite(latency) && rate >= 0.5 && latency <= 2
    // On a shared machine the two runs may get different CPU: the share of the same run's /healthz is steadier than req/s.
    const share = s.reference ? '' : `${pct((s.measured.reqPerSec / reference(small, 'cheapest route')) * 100)} → ${pct((l.measured.reqPerSec / reference(large, 'cheapest route')) * 100)}`
    return [s.reference ? `*${s.label}*` : s.label, rps(s.measured.reqPerSec), rps(l.measured.reqPerSec), times(rate), share, ms(p50Of(s)), ms(p50Of(l)), within ? 'yes' : '**no**']
  })
  const lowerIsBetter = (label: string, a: number, b: number) => {
    const ratio = b / a
    return [label, '', '', '', '', ms(a), ms(b), Number.isFinite(ratio) ? (ratio <= 2 ? `yes (${times(ratio)})` : `**no** (${times(ratio)})`) : '—']
  }
  rows.push(lowerIsBetter('Publish of one entry (request)', publishMedian(small), publishMedian(large)))
  const worst = lowerIsBetter('`.md` while 8 clients read the feed (worst)', small.underFeed.max, large.underFeed.max)
  if (small.underFeed.timedOut || large.underFeed.timedOut) worst.splice(5, 2, worstUnderFeed(small), worstUnderFeed(large))
  rows.push(worst)
  return [
    `### ${count(small.count)} vs ${count(large.count)} entries: ${name}`,
    '',
    table(
      [
        'route',
        `req/s, ${count(small.count)}`,
        `req/s, ${count(large.count)}`,
        `req/s ${count(large.count)} ÷ ${count(small.count)}`,
        '% of /healthz',
        `p50, ${count(small.count)}`,
        `p50, ${count(large.count)}`,
        'within 2×',
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      rows,
    ),
    '',
    "*within 2×*: req/s at least half and p50 at most double (below 1 ms counted as 1 ms); *% of /healthz*: the route's req/s against the cheapest route of its own run, which machine load moves less.",
  ].join('\n')
}

/** The same size on two checkouts, side by side. */
export function compareTable(before: AppRun, after: AppRun): string {
  const rows = ordered(before.rows).map((b) => {
    const a = after.rows.find((r) => r.key === b.key)
    const label = b.reference ? `*${b.label}*` : b.label
    if (!a) return [label, rps(b.measured.reqPerSec), '—', '—', ms(p50Of(b)), '—', ms(p99Of(b)), '—']
    return [label, rps(b.measured.reqPerSec), rps(a.measured.reqPerSec), times(a.measured.reqPerSec / b.measured.reqPerSec), ms(p50Of(b)), ms(p50Of(a)), ms(p99Of(b)), ms(p99Of(a))]
  })
  rows.push(['Import (s)', before.importSeconds.toFixed(1), after.importSeconds.toFixed(1), times(after.importSeconds / before.importSeconds), '', '', '', ''])
  rows.push(['Publish of one entry (request)', '', '', '', ms(publishMedian(before)), ms(publishMedian(after)), '', ''])
  rows.push(['`.md` while 8 clients read the feed', '', '', '', ms(before.underFeed.p50), ms(after.underFeed.p50), `worst ${worstUnderFeed(before)}`, `worst ${worstUnderFeed(after)}`])
  return [
    `### ${count(before.count)} entries: A = ${before.app.label}, B = ${after.app.label}`,
    '',
    table(['route', 'req/s A', 'req/s B', 'B ÷ A', 'p50 A', 'p50 B', 'p99 A', 'p99 B'], ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'], rows),
  ].join('\n')
}

export function fullReport(runs: AppRun[], settings: RunSettings): string {
  const sizes = [...new Set(runs.map((r) => r.count))]
  // By object, not by folder: `--compare` may name the same checkout twice (to see the run-to-run spread).
  const apps = [...new Set(runs.map((r) => r.app))]
  const name = (app: AppRun['app']) => (apps.length > 1 ? `${'AB'[apps.indexOf(app)]} = ${app.label}` : app.label)
  const parts = [header(settings)]
  for (const n of sizes) for (const run of runs.filter((r) => r.count === n)) parts.push(runTable(run, name(run.app)))
  if (sizes.length > 1) {
    const [small, large] = [Math.min(...sizes), Math.max(...sizes)]
    for (const app of apps) {
      const a = runs.find((r) => r.app === app && r.count === small)
      const b = runs.find((r) => r.app === app && r.count === large)
      if (a && b) parts.push(sizesTable(a, b, name(app)))
    }
  }
  if (apps.length > 1) {
    for (const n of sizes) {
      const [a, b] = apps.map((app) => runs.find((r) => r.app === app && r.count === n))
      if (a && b) parts.push(compareTable(a, b))
    }
  }
  return `${parts.join('\n\n')}\n`
}

/** Two web servers and two workers on one PostgreSQL against one of each. */
export function severalTable(run: SeveralRun, settings: RunSettings): string {
  const rows = run.routes.map((r) => [
    `${r.label} (\`${r.request}\`)`,
    rps(r.one.reqPerSec),
    rps(r.two.reqPerSec),
    times(r.two.reqPerSec / r.one.reqPerSec),
    `${ms(r.one.p50)} / ${ms(r.two.p50)}`,
    String(r.one.errors + r.two.errors),
  ])
  const [one, two] = [1, 2].map((n) => run.jobs.find((j) => j.workers === n))
  if (one && two) {
    const rate = (j: typeof one) => j.renders / j.seconds
    rows.push([
      `Renders of every entry (jobs/s; ${count(one.renders)} jobs in ${one.seconds.toFixed(1)} s / ${two.seconds.toFixed(1)} s)`,
      rate(one).toFixed(1),
      rate(two).toFixed(1),
      times(rate(two) / rate(one)),
      '',
      '',
    ])
  }
  return [
    `### Several processes on one PostgreSQL, ${count(run.count)} entries: ${run.app.label}`,
    '',
    table(['measure', 'one', 'two', 'two ÷ one', 'p50 one / two', 'errors'], ['l', 'r', 'r', 'r', 'r', 'r'], rows),
    '',
    `*one*: ${settings.connections} connections on one web server (\`scripts/serve.ts\`), or one worker (\`scripts/worker.ts\`); *two*: two web servers on the same database with half the connections each (req/s added up, p50 the higher of the two), or two workers sharing the queue. ${cpus().length} cores: two processes share them, so *two ÷ one* shows what the split costs here (shared rate limits and job claiming in the database), not what more machines would gain. Import into PostgreSQL: ${run.importSeconds.toFixed(1)} s.`,
    ...run.notes.map((n) => `- Note: ${n}`),
  ].join('\n')
}
