import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const appDir = path.resolve(import.meta.dirname, '../..')

export interface AppServer {
  url: string
  dataDir: string
  output: () => string
  stop: () => Promise<void>
}

const tsx = createRequire(import.meta.url).resolve('tsx/cli')

/** The environment `npm start` and the CMS scripts run in (see apps/cms/package.json), on the embedded database in `dataDir`. */
function productionEnv(dataDir: string): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--conditions=production --no-deprecation', CAREERS_DATA_DIR: dataDir, DATABASE_URI: '', PAYLOAD_SECRET: '' }
}

/** A CMS script (`scripts/import.ts`, a test helper …) run beside the server, on its database. */
export function runScript(app: Pick<AppServer, 'dataDir'>, script: string, ...args: string[]) {
  return promisify(execFile)(process.execPath, [tsx, script, ...args], { cwd: appDir, env: productionEnv(app.dataDir) })
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
export async function startAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  if (!existsSync(path.join(appDir, '.next/BUILD_ID'))) {
    throw new Error('apps/cms is not built: run `npm run build` (npm test builds it first)')
  }
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'careers-app-'))
  let log = ''
  const child: ChildProcess = spawn(process.execPath, [tsx, 'scripts/start.ts'], {
    cwd: appDir,
    env: { ...productionEnv(dataDir), PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout!.on('data', (d) => (log += d))
  child.stderr!.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${log}`)
    const ok = await fetch(`${url}/career-paths`).then((r) => r.ok, () => false)
    if (ok) break
    if (Date.now() > deadline) throw new Error(`the app did not answer within 120 s:\n${log}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    url,
    dataDir,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        process.kill(-child.pid!, 'SIGTERM')
        await new Promise((r) => child.once('exit', r))
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
