import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Each workaround in this folder exists because of a limit in a library's
 * code as installed. These tests read that code and fail once the limit is
 * gone (an upgrade fixed it), so the workaround can be deleted: the test's
 * name says which file to delete or shrink. They read the code rather than
 * reproduce the fault where a reproduction needs several processes or a
 * database outage (the suites in test/ do those).
 */
const require = createRequire(import.meta.url)
const payloadDist = path.dirname(require.resolve('payload'))
const source = (file: string) => readFileSync(file, 'utf8')
/** A file of an installed package (whose `exports` may hide its package.json), from the folder that holds its manifest. */
function packageFile(name: string, file: string): string {
  let dir = path.dirname(require.resolve(name))
  while (dir !== path.dirname(dir)) {
    try {
      if ((JSON.parse(source(path.join(dir, 'package.json'))) as { name?: string }).name === name) return path.join(dir, file)
    } catch {
      // No manifest at this level: look further up.
    }
    dir = path.dirname(dir)
  }
  throw new Error(`${name} is not installed`)
}

describe('the upstream limits our workarounds are for are still there', () => {
  it('Payload claims jobs without a claim token (payloadcms/payload#16043, fixed by #17441): claim-jobs.ts', () => {
    expect(source(path.join(payloadDist, 'queues/operations/runJobs/index.js'))).not.toContain('processingToken')
  })

  it("Payload's scheduled publish passes the locale on for a publish only: schedule-publish-locale.ts", () => {
    expect(source(path.join(payloadDist, 'versions/schedule/job.js'))).toContain("input?.type === 'publish' && input.locale")
  })

  it('with fallback: false, a request naming no locale keeps req.locale null (payloadcms/payload#18180, #18186): request-locale.ts', () => {
    expect(source(path.join(payloadDist, 'utilities/addLocalesToRequest.js'))).toMatch(/!localization\.localeCodes\.includes\(locale\) && localization\.fallback\)/)
  })

  it("the local API writes its locale onto the caller's req (payloadcms/payload#18246): keep-request-locale.ts", () => {
    expect(source(path.join(payloadDist, 'utilities/createLocalReq.js'))).toContain('req.locale = localeCandidate')
  })

  it('afterChange is not told whether the write saved a draft: draft-save-flag.ts', () => {
    const update = source(path.join(payloadDist, 'collections/operations/utilities/update.js'))
    const call = update.slice(update.indexOf('hooks.afterChange'), update.indexOf('hooks.afterChange') + 400)
    expect(call).toContain('previousDoc')
    expect(call).not.toMatch(/\bdraft\b/)
  })

  it('pg-pool removes its error listener from a checked-out client (brianc/node-postgres#2439): pg-connection-errors.ts', () => {
    expect(source(packageFile('pg-pool', 'index.js'))).toContain("client.removeListener('error', idleListener)")
  })

  it('libsql opens a fresh connection (without the busy timeout) after each transaction (tursodatabase/libsql-client-ts#288): sqlite-client.ts', () => {
    const sqlite3 = source(packageFile('@libsql/client', 'lib-esm/sqlite3.js'))
    expect(sqlite3).toContain('this.#db = null; // A new connection will be lazily created on next use')
    expect(sqlite3).not.toMatch(/timeout/)
  })

  it("Payload's Drizzle upsert updates a row's key on conflict (PostgreSQL takes it for a key update): serialize-saves.ts", () => {
    expect(source(packageFile('@payloadcms/drizzle', 'dist/upsertRow/index.js'))).toMatch(/onConflictDoUpdate: \{\s*set: rowToInsert\.row,\s*target,/)
  })
})
