import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterEach, expect, it } from 'vitest'
import { freePort } from '../support/app-server'

const appDir = path.resolve(import.meta.dirname, '../..')
// As the npm scripts run them: tsx's loader in the script's own process.
const tsx = ['--import', 'tsx']
const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** `npm start` (scripts/start.ts, production) with `env`, until it exits or 90 s pass. */
async function start(env: Record<string, string>, dataDir = mkdtempSync(path.join(tmpdir(), 'careers-start-'))) {
  dirs.push(dataDir)
  const child = spawn(process.execPath, [...tsx, 'scripts/start.ts'], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--conditions=production --no-deprecation', CAREERS_DATA_DIR: dataDir, DATABASE_URI: '', PAYLOAD_SECRET: '', PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGKILL')
      resolve(null)
    }, 90_000)
    child.on('exit', (status) => {
      clearTimeout(timer)
      resolve(status)
    })
  })
  return { code, output, dataDir }
}

it('refuses to start with a weak secret, a forced schema push or PAYLOAD_DROP_DATABASE, and touches nothing', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'careers-start-'))
  const database = path.join(dataDir, 'careers.db')
  writeFileSync(database, 'an existing database, which must survive')
  const refused = await start({ PAYLOAD_SECRET: 'changeme', PAYLOAD_FORCE_DRIZZLE_PUSH: 'true', PAYLOAD_DROP_DATABASE: 'true' }, dataDir)
  expect(refused.code).not.toBe(0)
  expect(refused.code).not.toBeNull()
  expect(refused.output).toMatch(/Refusing to start in production/)
  expect(refused.output).toMatch(/PAYLOAD_SECRET is weak/)
  expect(refused.output).toMatch(/PAYLOAD_FORCE_DRIZZLE_PUSH=true/)
  expect(refused.output).toMatch(/PAYLOAD_DROP_DATABASE=true/)
  expect(readFileSync(database, 'utf8')).toBe('an existing database, which must survive')
})

it('stops, saying why, when a pending migration fails, instead of serving a half-migrated database', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'careers-start-'))
  // A table in the way of the initial migration's CREATE TABLE.
  const client = createClient({ url: `file:${path.join(dataDir, 'careers.db')}` })
  await client.execute('CREATE TABLE users (id integer primary key, note text)')
  client.close()
  const failed = await start({}, dataDir)
  expect(failed.code, failed.output).not.toBe(0)
  expect(failed.code, 'exits rather than hanging').not.toBeNull()
  expect(failed.output).toMatch(/migrat/i)
  expect(failed.output).toMatch(/users/)
  expect(failed.output).not.toMatch(/Ready in|started server/i)
})
