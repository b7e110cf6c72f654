import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DatabaseChoice } from '../config/choose-database'
import { backupTimestamp, contentFolder, databaseFileNames, manifestFormat, readManifest, sha256File, writeManifest, type BackupManifest } from './manifest'
import { otherSessions, pgDump, pgRestore, pgRestoreScript } from './postgres-tools'
import type { SqliteCheck } from './sqlite-files'

export interface RestoreOptions {
  /** The database to replace: the CMS's own (see `configuredDatabase`). */
  database: DatabaseChoice
  /** PostgreSQL: the current database is dumped into `<backupsDir>/before-restore-<time>/` first. */
  backupsDir: string
  /** PostgreSQL only: restore although other sessions are connected (the restore waits for their locks). */
  force?: boolean
  log?: (line: string) => void
  now?: Date
}

export interface RestoreResult {
  manifest: BackupManifest
  /** Where the replaced database was kept (null: there was none). */
  kept: string | null
}

/**
 * Brings back the backup in `from` over the CMS's database. Everything is
 * checked before anything is changed (the manifest, the copy's checksum, then
 * SQLite's integrity check, or pg_restore reading the whole archive), and the
 * database it replaces is kept: SQLite as `<db>.before-restore-<time>` beside
 * it, PostgreSQL as a dump in `<backupsDir>/before-restore-<time>/` (itself a
 * backup this function can restore). SQLite refuses while anything has the
 * database open: stop the server first. PostgreSQL refuses while other
 * sessions are connected (unless `force`), and restores in one transaction,
 * emptying the public schema first so the result is exactly the backup.
 */
export async function restoreBackup(from: string, options: RestoreOptions): Promise<RestoreResult> {
  const { database } = options
  const log = options.log ?? (() => {})
  const dir = path.resolve(from)
  if (!existsSync(dir)) throw new Error(`no backup at ${dir}: the folder does not exist`)
  const manifest = await readManifest(dir)
  const stamp = backupTimestamp(options.now)

  if (manifest.database.kind !== database.kind || !manifest.database.file) {
    const what = manifest.database.file ? `a ${manifest.database.kind} database` : `only the Markdown of a ${manifest.database.kind} database`
    throw new Error(`${dir} holds ${what}; the CMS uses ${database.kind}. ` + `To bring its published entries into this database instead: npm run import -- --content ${path.join(dir, contentFolder)}`)
  }
  if (database.kind === 'mongodb') throw new Error('restoring MongoDB is not supported')

  const copy = path.join(dir, manifest.database.file)
  log(`checking ${copy} …`)
  const size = await stat(copy).then(
    (s) => s.size,
    () => undefined,
  )
  if (size === undefined) throw new Error(`${dir} is incomplete: ${manifest.database.file} is missing`)
  if ((manifest.database.bytes !== undefined && size !== manifest.database.bytes) || (manifest.database.sha256 && (await sha256File(copy)) !== manifest.database.sha256)) {
    throw new Error(`${copy} is damaged: it does not match the checksum in ${path.join(dir, 'manifest.json')}; nothing was restored`)
  }

  if (database.kind === 'sqlite') {
    const target = database.file
    await mkdir(path.dirname(target), { recursive: true })
    // Beside the target, so the final rename is atomic (same file system).
    const replacement = `${target}.restore-${stamp}.tmp`
    await copyFile(copy, replacement)
    try {
      const check = await runSqliteTool<SqliteCheck>('check', { file: replacement })
      log(`integrity check: ok (${check.migrations} migration${check.migrations === 1 ? '' : 's'} recorded)`)
      const { kept } = await runSqliteTool<{ kept: string | null }>('swap', { target, replacement, keep: `${target}.before-restore-${stamp}` })
      return { manifest, kept }
    } finally {
      for (const suffix of ['', '-journal', '-wal', '-shm']) await rm(`${replacement}${suffix}`, { force: true })
    }
  }

  // The whole archive read into the SQL that recreates it (a private folder: it holds the users' data).
  const scratch = await mkdtemp(path.join(tmpdir(), 'careers-restore-'))
  try {
    const script = path.join(scratch, 'restore.sql')
    await pgRestoreScript(copy, script)
    const sessions = await otherSessions(database.url)
    if (sessions > 0 && !options.force) {
      throw new Error(`${sessions} other session${sessions === 1 ? ' is' : 's are'} connected to the database (a running CMS server?): stop it first, or pass --force to restore anyway`)
    }
    const keepDir = path.join(options.backupsDir, `before-restore-${stamp}`)
    log(`keeping the current database in ${keepDir} …`)
    await mkdir(keepDir, { recursive: true })
    const keepFile = path.join(keepDir, databaseFileNames.postgres)
    await pgDump(database.url, keepFile)
    await writeManifest(keepDir, {
      format: manifestFormat,
      createdAt: (options.now ?? new Date()).toISOString(),
      database: { kind: 'postgres', file: databaseFileNames.postgres, bytes: (await stat(keepFile)).size, sha256: await sha256File(keepFile) },
      counts: null,
      content: null,
    })
    log('restoring (the public schema emptied, then the archive, in one transaction) …')
    await pgRestore(database.url, script)
    return { manifest, kept: keepDir }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

const tool = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sqlite-tool.ts')
const tsx = createRequire(import.meta.url).resolve('tsx/cli')

/** Runs one of `sqlite-files.ts`'s functions in a child process (see there why). */
function runSqliteTool<T>(operation: 'check' | 'swap', input: Record<string, string>): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [tsx, tool, operation, JSON.stringify(input)], { env: process.env }, (error, stdout, stderr) => {
      if (error) return reject(new Error(String(stderr).trim() || error.message))
      resolve(JSON.parse(String(stdout).trim().split('\n').at(-1)!) as T)
    })
  })
}
