import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { inject } from 'vitest'
import { runScript, startAppServer, type AppServer } from './app-server'

/**
 * The built app as `npm start` runs it on its own SQLite database, started
 * from a copy of one seeded with content/ (imported and rendered, with
 * content/site.yml's settings and base URL) instead of importing and
 * rendering it again, which is a third of a start: for suites that test what a
 * running site does, not its first start (that is
 * test/http/app.test.ts's and publication.test.ts's, which start empty; and
 * partner-sync.test.ts's, whose mirror follows the stored absolute addresses).
 * The server is the suite's own: its users, entries and jobs are its alone.
 */
export async function startSeededAppServer(env: Record<string, string> = {}): Promise<AppServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'careers-app-'))
  cpSync(await seededDataDir(), dataDir, { recursive: true })
  return startAppServer(env, { dataDir })
}

/** The seeded data dir, made once per run by whichever suite asks first (files run in parallel forks: a lock folder decides). */
async function seededDataDir(): Promise<string> {
  const root = inject('seedDir')
  const template = path.join(root, 'data')
  const done = path.join(root, 'done')
  const failed = path.join(root, 'failed')
  try {
    mkdirSync(path.join(root, 'lock'))
  } catch {
    // Another suite seeds: wait for it (the import and renders take about as long as a first start's).
    for (const deadline = Date.now() + 600_000; !existsSync(done); ) {
      if (existsSync(failed)) throw new Error(`seeding the test database failed in another suite:\n${readFileSync(failed, 'utf8')}`)
      if (Date.now() > deadline) throw new Error('the test database was not seeded within 10 minutes')
      await new Promise((r) => setTimeout(r, 500))
    }
    return template
  }
  mkdirSync(template)
  try {
    // What the first start does on an empty database: migrations, content/ and the settings imported, every render stored.
    const { stdout } = await runScript({ dataDir: template }, 'scripts/import.ts', '--with-settings')
    if (!/rendering: \d+ done, 0 to go/.test(stdout)) throw new Error(`the import did not render everything:\n${stdout}`)
  } catch (error) {
    writeFileSync(failed, error instanceof Error ? (error.stack ?? error.message) : String(error))
    throw error
  }
  writeFileSync(done, '')
  return template
}
