/**
 * `npm start`: production server. Applies pending migrations (Payload's
 * `prodMigrations`), imports `content/` when the database has no career paths
 * and no users yet, then hands over to `next start` on PORT (default 3000).
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { formatImportReport, importContent } from '../src/content/import-content'
import { loadEnvironment } from '../src/database/environment'
import { appDir, repoContentDir, withPayload } from './with-payload'

// PORT may come from .env too.
loadEnvironment(appDir)
const port = process.env.PORT || '3000'
const dev = process.argv.includes('--dev')

const code = await withPayload(async (payload) => {
  const [paths, users] = await Promise.all([
    payload.count({ collection: 'career-paths', overrideAccess: true }),
    payload.count({ collection: 'users', overrideAccess: true }),
  ])
  if (paths.totalDocs === 0 && users.totalDocs === 0) {
    console.log(`Empty database: importing ${repoContentDir} …`)
    const report = await importContent(payload, repoContentDir, {
      settings: true,
      baseUrl: process.env.CAREERS_BASE_URL || `http://localhost:${port}`,
    })
    for (const line of formatImportReport(report)) console.log(line)
  }
  if (users.totalDocs === 0) {
    console.log(`No users yet: open http://localhost:${port}/admin/create-first-user to create the first admin.`)
  }
})
if (code !== 0) process.exit(code)

// scripts/serve.ts serves what `next build` made (Next's handler, recording each client's
// address); `next dev` (npm run dev) compiles on demand. A process of its own either way:
// this one's Payload instance is done with.
const command = dev
  ? [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'dev', '--port', port]
  : [createRequire(import.meta.url).resolve('tsx/cli'), 'scripts/serve.ts']
const server = spawn(process.execPath, command, { cwd: appDir, stdio: 'inherit', env: { ...process.env, PORT: port } })
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
server.on('exit', (status, signal) => process.exit(status ?? (signal ? 1 : 0)))
