import { isSqliteAdapter } from '../config/database-adapters'
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { careerPathsSlug, usersSlug } from '../collections/slugs'
import { exportContent } from '../content/export-content'
import type { DatabaseChoice } from '../config/choose-database'
import { contentFolder, databaseFileNames, manifestFormat, sha256File, writeManifest, type BackupManifest } from './manifest'
import { pgDump } from './postgres-tools'

export interface BackupOptions {
  log?: (line: string) => void
  now?: Date
}

export interface BackupResult {
  dir: string
  manifest: BackupManifest
  /** Why the backup is not complete (MongoDB: the database itself is not saved); empty when it is. */
  warnings: string[]
}

/**
 * A backup of the running CMS into `dir` (which must be new or empty):
 * a consistent copy of the database (SQLite: `VACUUM INTO`, a snapshot read
 * that servers keep writing beside; PostgreSQL: `pg_dump`), the Markdown
 * export of every published entry in `content/career-paths/`, and
 * `manifest.json`, written last, with counts and the copy's checksum.
 */
export async function createBackup(payload: Payload, database: DatabaseChoice, target: string, options: BackupOptions = {}): Promise<BackupResult> {
  const log = options.log ?? (() => {})
  const dir = path.resolve(target)
  const existing = await readdir(dir).catch(() => [])
  if (existing.length) throw new Error(`${dir} already exists and is not empty: back up into a new folder`)
  await mkdir(dir, { recursive: true })
  try {
    const [careerPaths, published, users] = await Promise.all([
      payload.count({ collection: careerPathsSlug, overrideAccess: true }),
      payload.count({ collection: careerPathsSlug, where: { _status: { equals: 'published' } }, overrideAccess: true }),
      payload.count({ collection: usersSlug, overrideAccess: true }),
    ])
    const warnings: string[] = []
    let databaseEntry: BackupManifest['database']

    if (database.kind === 'mongodb') {
      warnings.push("MongoDB is not backed up: mongodump is not available here, so only the Markdown export was written (users, drafts, versions and settings are not in it); use your MongoDB service's own backups")
      databaseEntry = { kind: 'mongodb', file: null }
    } else {
      const file = databaseFileNames[database.kind]
      const copy = path.join(dir, file)
      if (database.kind === 'sqlite') {
        log(`copying the SQLite database ${database.file} (VACUUM INTO) …`)
        if (!isSqliteAdapter(payload.db)) throw new Error('the SQLite adapter has no client to copy the database with')
        const { client } = payload.db
        // A read transaction of its own: a consistent snapshot while servers keep writing (WAL).
        await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
      } else {
        log('dumping the PostgreSQL database (pg_dump --format=custom) …')
        await pgDump(database.url, copy)
      }
      databaseEntry = { kind: database.kind, file, bytes: (await stat(copy)).size, sha256: await sha256File(copy) }
    }

    log('exporting every published entry as Markdown …')
    const report = await exportContent(payload, path.join(dir, contentFolder))
    const files = [...report.written, ...report.unchanged].map((file) => path.relative(path.join(dir, contentFolder), file)).sort()

    const manifest: BackupManifest = {
      format: manifestFormat,
      createdAt: (options.now ?? new Date()).toISOString(),
      database: databaseEntry,
      counts: { careerPaths: careerPaths.totalDocs, published: published.totalDocs, users: users.totalDocs },
      content: { dir: contentFolder, files },
    }
    await writeManifest(dir, manifest)
    return { dir, manifest, warnings }
  } catch (error) {
    // No half backup left to be mistaken for one (the folder was new or empty).
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}
