/**
 * `npm start`: production. Applies pending migrations (Payload's
 * `prodMigrations`), imports `content/` when the database has no career paths
 * and no users yet and renders it (so the first reader gets a complete site),
 * then runs the web server (`scripts/serve.ts`) and one job worker
 * (`scripts/worker.ts`) side by side on PORT (default 3000). A signal goes to
 * both; when either ends, so does the other.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { formatImportReport, importContent } from '../src/content/import-content'
import { loadEnvironment } from '../src/config/environment'
import { queueRenderAllIfStale } from '../src/rendering/render-tasks'
import { drainRenders } from '../src/rendering/worker'
import { appDir, repoContentDir, withPayload } from './with-payload'

// PORT may come from .env too.
loadEnvironment(appDir)
const port = process.env.PORT || '3000'
const dev = process.argv.includes('--dev')

const code = await withPayload(async (payload) => {
  const [paths, users] = await Promise.all([payload.count({ collection: 'career-paths', overrideAccess: true }), payload.count({ collection: 'users', overrideAccess: true })])
  if (paths.totalDocs === 0 && users.totalDocs === 0) {
    console.log(`Empty database: importing ${repoContentDir} …`)
    const report = await importContent(payload, repoContentDir, {
      settings: true,
      baseUrl: process.env.CAREERS_BASE_URL || `http://localhost:${port}`,
    })
    for (const line of formatImportReport(report)) console.log(line)
    await drainRenders(payload, (done, left) => console.log(`rendering: ${done} done, ${left} to go`))
  }
  // An upgrade (new renderer, new tables) or a restored backup: the worker renders what is missing.
  const stale = await queueRenderAllIfStale(payload)
  if (stale) console.log(`${stale}: the worker renders them again; readers keep the old files meanwhile.`)
  if (users.totalDocs === 0) {
    console.log(`No users yet: open http://localhost:${port}/admin/create-first-user to create the first admin.`)
  }
})
if (code !== 0) process.exit(code)

// The web server serves what `next build` made (Next's handler, recording each client's address);
// `next dev` (npm run dev) compiles on demand. Processes of their own: this one's Payload is done with.
// tsx's loader in the script's own process (`node --import tsx`), not the `tsx` command: that one runs
// the script in a child and, on SIGTERM, kills it with SIGKILL unless it confirms within 60 ms, which a
// server busy with requests does not (it exited 143 mid-request, found by the SIGTERM-under-load test).
const require = createRequire(import.meta.url)
const typescript = (script: string) => ['--import', 'tsx', script]
const web = dev ? [require.resolve('next/dist/bin/next'), 'dev', '--port', port] : typescript('scripts/serve.ts')
const children: ChildProcess[] = [web, typescript('scripts/worker.ts')].map((command) => spawn(process.execPath, command, { cwd: appDir, stdio: 'inherit', env: { ...process.env, PORT: port } }))
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const child of children) child.kill(signal)
  })
let exitCode: number | undefined
for (const child of children) {
  child.on('exit', (status, signal) => {
    exitCode ??= status ?? (signal ? 1 : 0)
    // One gone, the other follows; the process ends when both have.
    for (const other of children) if (other !== child && other.exitCode === null && other.signalCode === null) other.kill('SIGTERM')
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(exitCode)
  })
}
