import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const appDir = path.resolve(import.meta.dirname, '../..')

export interface AppServer {
  url: string
  dataDir: string
  /** The id of the started process, which leads its own process group (the `next start` server is in it). */
  pid: number
  output: () => string
  /** Ends the server (SIGTERM); the data dir is removed unless `keepData`. */
  stop: (options?: { keepData?: boolean }) => Promise<void>
  /** Sends `signal` to the server's whole process group and waits until every process in it is gone; the data dir stays. */
  kill: (signal: NodeJS.Signals) => Promise<void>
}

export interface StartOptions {
  /** Start on this data dir (its database, secret …) instead of a fresh one, e.g. to restart after a crash. */
  dataDir?: string
}

/** A TypeScript script run as `npm start` runs its processes: tsx's loader in the script's own process (see scripts/start.ts). */
const tsx = ['--import', 'tsx']

/** The environment `npm start` and the CMS scripts run in (see apps/cms/package.json), on the embedded database in `dataDir`. */
function productionEnv(dataDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--conditions=production --no-deprecation', CAREERS_DATA_DIR: dataDir, DATABASE_URI: '', PAYLOAD_SECRET: '' }
}

/** A CMS script (`scripts/import.ts`, a test helper …) run beside the server, on its database. */
export function runScript(app: Pick<AppServer, 'dataDir'>, script: string, ...args: string[]) {
  return promisify(execFile)(process.execPath, [...tsx, script, ...args], { cwd: appDir, env: productionEnv(app.dataDir) })
}

/**
 * The `/proc/<pid>/stat` fields after "pid (comm) " of every process in group
 * `pgid` (state, ppid, pgrp, … utime at 11, stime at 12); undefined where
 * there is no /proc. comm may hold spaces and parentheses, hence the last ")".
 */
export function groupProcessStats(pgid: number): string[][] | undefined {
  if (!existsSync('/proc/self/stat')) return undefined
  const stats: string[][] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
    } catch {
      continue // gone meanwhile
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[2]) === pgid) stats.push(fields)
  }
  return stats
}

/** Whether a live (not zombie) process is in process group `pgid`: /proc on Linux, kill(-pgid, 0) elsewhere. */
export function groupAlive(pgid: number): boolean {
  const stats = groupProcessStats(pgid)
  if (stats) return stats.some(([state]) => state !== 'Z' && state !== 'X')
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

/**
 * The built app as `npm start` runs it (production: migrations, import of
 * content/ on an empty database, `next start`) on a free port and a fresh
 * SQLite database of its own.
 */
export async function startAppServer(env: Record<string, string> = {}, options: StartOptions = {}): Promise<AppServer> {
  if (!existsSync(path.join(appDir, '.next/BUILD_ID'))) {
    throw new Error('apps/cms is not built: run `npm run build` (npm test builds it first)')
  }
  const port = await freePort()
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'careers-app-'))
  let log = ''
  const child: ChildProcess = spawn(process.execPath, [...tsx, 'scripts/start.ts'], {
    cwd: appDir,
    env: { ...productionEnv(dataDir), PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const running = () => child.exitCode === null && child.signalCode === null
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  /** Waits until no process of the group is alive (an orphan may linger as a zombie where nobody reaps it). */
  const groupGone = async () => {
    const deadline = Date.now() + 30_000
    while (groupAlive(child.pid!)) {
      if (Date.now() > deadline) throw new Error(`process group ${child.pid} still alive 30 s after its signal`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${log}`)
    const ok = await fetch(`${url}/career-paths`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (Date.now() > deadline) {
      // Not left running (and holding its port and database) behind a failed start.
      if (running()) process.kill(-child.pid!, 'SIGKILL')
      throw new Error(`the app did not answer within 120 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    dataDir,
    pid: child.pid!,
    output: () => log,
    stop: async ({ keepData = false } = {}) => {
      if (running()) {
        process.kill(-child.pid!, 'SIGTERM')
        await exited
      }
      if (!keepData) rmSync(dataDir, { recursive: true, force: true })
    },
    kill: async (signal) => {
      // The whole group, even if its leader is gone already: `next start` is the one holding the database.
      if (running() || groupAlive(child.pid!)) {
        try {
          process.kill(-child.pid!, signal)
        } catch {
          // gone meanwhile
        }
      }
      await exited
      await groupGone()
    },
  }
}

/**
 * Waits until `path` answers 200 (and `ready`, given, says the body is the one
 * expected): a publish returns before its render job has stored the files.
 */
export async function untilServed(app: Pick<AppServer, 'url'>, path: string, ready: (body: string) => boolean = () => true, timeoutMs = 90_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const res = await fetch(`${app.url}${path}`, { redirect: 'manual' })
    const body = await res.text()
    if (res.status === 200 && ready(body)) return body
    if (Date.now() > deadline) throw new Error(`${path} was not served as expected within ${timeoutMs} ms; last answer: ${res.status} ${body.slice(0, 200)}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

export interface ScriptProcess {
  /** Leads its own process group (npm runs its script in a child). */
  pid: number
  output: () => string
  /** Resolves with the exit code (null when ended by a signal). */
  exited: Promise<number | null>
  /** Sends `signal` to the whole group. */
  signal: (signal: NodeJS.Signals) => void
}

/** One CMS script (`scripts/serve.ts` …) as a process of its own, in production, with `env`. */
export function startScript(script: string, env: Record<string, string>, dataDir = mkdtempSync(path.join(tmpdir(), 'careers-script-'))): ScriptProcess {
  return startGroup(process.execPath, [...tsx, script], env, dataDir)
}

/** `npm run <name>` in apps/cms (`worker` …), as a user runs it, with `env`. */
export function startNpmScript(name: string, env: Record<string, string>, dataDir = mkdtempSync(path.join(tmpdir(), 'careers-script-'))): ScriptProcess {
  return startGroup('npm', ['run', '--silent', name], env, dataDir)
}

function startGroup(command: string, args: string[], env: Record<string, string>, dataDir: string): ScriptProcess {
  let log = ''
  const child = spawn(command, args, { cwd: appDir, env: { ...productionEnv(dataDir), ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    pid: child.pid!,
    output: () => log,
    exited,
    signal: (signal) => {
      try {
        process.kill(-child.pid!, signal)
      } catch {
        // gone already
      }
    },
  }
}

/** The resident memory of every process in group `pgid`, in bytes (Linux /proc; 0 elsewhere). */
export function groupRss(pgid: number): number {
  // rss is stat's 24th field: the 22nd after "pid (comm) ".
  return (groupProcessStats(pgid) ?? []).reduce((sum, fields) => sum + Number(fields[21]) * 4096, 0)
}
