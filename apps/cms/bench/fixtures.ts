/**
 * What a CMS run is measured on: synthetic entries in a content folder, imported
 * by the app's own import script into a fresh data dir, then the app started as
 * `npm start` starts it. Works on any checkout's built `apps/cms` (`--app`,
 * `--compare`): only its scripts and HTTP addresses are used, which are the
 * contract every design keeps.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { CareerPath } from '@careers/career-path'
import { generateEntries } from '../../../packages/publishing/bench/generate-entries'
import { spawnGroup, type Spawned } from './processes'

export const thisAppDir = path.resolve(import.meta.dirname, '..')
const realContentDir = path.resolve(thisAppDir, '../../content')

export interface Checkout {
  /** The `apps/cms` folder. */
  dir: string
  /** Branch and commit, to tell the columns apart. */
  label: string
  tsx: string
}

/** A built `apps/cms` of some checkout, or an error that says what is missing. */
export function checkout(dir: string): Checkout {
  const appDir = path.resolve(dir)
  for (const file of ['.next/BUILD_ID', 'scripts/start.ts', 'scripts/import.ts']) {
    if (!existsSync(path.join(appDir, file))) {
      throw new Error(`${appDir} has no ${file}: pass a built apps/cms (npx turbo run build --filter=@careers/cms in that checkout)`)
    }
  }
  let label = path.relative(process.cwd(), appDir) || '.'
  try {
    const git = (...args: string[]) => execFileSync('git', ['-C', appDir, ...args], { encoding: 'utf8' }).trim()
    label = `${git('rev-parse', '--abbrev-ref', 'HEAD')} @ ${git('rev-parse', '--short', 'HEAD')}`
    if (git('status', '--porcelain', '--', '.')) label += ' (uncommitted changes)'
  } catch {
    // not a git checkout: its path says which one it is
  }
  // That checkout's own tsx, as its npm scripts would use.
  const tsx = createRequire(path.join(appDir, 'package.json')).resolve('tsx/cli')
  return { dir: appDir, label, tsx }
}

/** The environment of `npm start` and `npm run import` (apps/cms/package.json) on the embedded SQLite database in `dataDir`. */
function productionEnv(dataDir: string, extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=production --no-deprecation',
    CAREERS_DATA_DIR: dataDir,
    DATABASE_URI: '',
    PAYLOAD_SECRET: '',
    ...extra,
  }
}

export interface Content {
  dir: string
  count: number
  entries: CareerPath[]
  /** The entry whose files are loaded: the same real entry at every size, from the middle of the set. */
  slug: string
}

/**
 * `count` entries made from content/ by the publishing bench's generator: each
 * keeps its real entry's tags and links to the entries of its group of ten.
 */
export async function generateContent(dir: string, count: number): Promise<Content> {
  const entries = await generateEntries(realContentDir, dir, count)
  const backend = entries.filter((e) => /^backend-developer-\d+$/.test(e.slug))
  const chosen = backend[Math.floor((backend.length - 1) / 2)] ?? entries[0]
  if (!chosen) throw new Error('no entries generated')
  return { dir, count, entries, slug: chosen.slug }
}

async function finished(run: Spawned, what: string, timeoutSeconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutSeconds * 1000)))
  const code = await Promise.race([run.exited, timeout])
  clearTimeout(timer)
  if (code === 'timeout') {
    await run.stop()
    throw new Error(`${what} did not finish within ${timeoutSeconds} s:\n${run.output().slice(-4000)}`)
  }
  if (code !== 0) throw new Error(`${what} exited with ${code}:\n${run.output().slice(-4000)}`)
}

/** `npm run import -- --content DIR --with-settings` into `dataDir` (or the database `env` names); its wall time, Payload's start and migrations included. */
export async function importEntries(app: Checkout, content: Content, dataDir: string, baseUrl: string, env: Record<string, string> = {}): Promise<{ seconds: number; summary: string }> {
  const started = performance.now()
  const run = spawnGroup([app.tsx, 'scripts/import.ts', '--content', content.dir, '--with-settings'], {
    cwd: app.dir,
    env: productionEnv(dataDir, { CAREERS_BASE_URL: baseUrl, ...env }),
  })
  // A long import says it is alive.
  const progress = setInterval(() => {
    const last = run.output().trimEnd().split('\n').pop() ?? ''
    console.log(`  … import running ${((performance.now() - started) / 1000).toFixed(0)} s: ${last.slice(0, 120)}`)
  }, 30_000)
  try {
    await finished(run, 'the import', 3600)
  } finally {
    clearInterval(progress)
  }
  const seconds = (performance.now() - started) / 1000
  const summary = run.output().match(/^imported: .*$/m)?.[0] ?? '(no import summary printed)'
  return { seconds, summary }
}

export interface RunningApp {
  url: string
  /** The process group: the start script, `next start`'s server and any job worker. */
  pid: number
  output: () => string
  stop: () => Promise<void>
}

/**
 * `scripts/start.ts` (npm start) on `port` with the data dir the import filled:
 * the database has entries, so it imports nothing itself. Ready once the index answers.
 */
export async function startApp(app: Checkout, dataDir: string, port: number, env: Record<string, string>): Promise<RunningApp> {
  const url = `http://127.0.0.1:${port}`
  const run = spawnGroup([app.tsx, 'scripts/start.ts'], {
    cwd: app.dir,
    env: productionEnv(dataDir, { PORT: String(port), CAREERS_BASE_URL: url, ...env }),
  })
  const deadline = Date.now() + 180_000
  for (;;) {
    if (!run.running()) throw new Error(`the app exited while starting:\n${run.output().slice(-4000)}`)
    if (
      await fetch(`${url}/career-paths`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break
    if (Date.now() > deadline) {
      await run.stop()
      throw new Error(`the app did not answer within 180 s:\n${run.output().slice(-4000)}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { url, pid: run.pid, output: run.output, stop: run.stop }
}

/**
 * Until the measured entry's files and the feed answer 200: a design that
 * renders in jobs may answer 503 (Retry-After) until the first render is stored.
 */
export async function waitForOutputs(app: RunningApp, slug: string, timeoutSeconds = 600): Promise<void> {
  const paths = [`/career-paths/${slug}.pdf`, `/career-paths/${slug}.md`, `/career-paths/${slug}.json`, `/career-paths/${slug}`, '/feed.json']
  const deadline = Date.now() + timeoutSeconds * 1000
  for (const p of paths) {
    for (;;) {
      const status = await fetch(`${app.url}${p}`).then(
        async (r) => {
          await r.arrayBuffer()
          return r.status
        },
        () => 0,
      )
      if (status === 200) break
      if (Date.now() > deadline) throw new Error(`GET ${p} still answers ${status} after ${timeoutSeconds} s`)
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
}
