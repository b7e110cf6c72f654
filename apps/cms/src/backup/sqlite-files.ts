/**
 * The SQLite file work of a restore. libsql closes a connection only when the
 * garbage collector frees its last statement, so an opened database stays
 * locked, and its eventual close may delete `<file>-wal` by name, long after a
 * restore put another database there. These functions therefore run in a
 * short child process (`sqlite-tool.ts`, through `runSqliteTool`), which exits
 * without closing anything: the kernel drops its locks, nothing is deleted.
 */
import { createClient, type Client, type Row } from '@libsql/client'
import { constants, existsSync } from 'node:fs'
import { copyFile, mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

export interface SqliteCheck {
  /** Rows in `payload_migrations`: the copy is a Payload database. */
  migrations: number
}

function open(file: string): Client {
  return createClient({ url: `file:${file}` })
}

/** A result row's first column (rows are indexed by position as well as by name). */
const firstValue = (row: Row | undefined) => row?.[0]

/** `PRAGMA integrity_check` is "ok" and the file is a Payload database; otherwise an error naming what is wrong. */
export async function checkSqliteCopy(file: string): Promise<SqliteCheck> {
  let client: Client
  let problems: string[]
  try {
    client = open(file)
    const { rows } = await client.execute('PRAGMA integrity_check')
    problems = rows.map((row) => String(firstValue(row)))
  } catch (error) {
    throw new Error(`${file} is not a readable SQLite database: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (problems.length !== 1 || problems[0] !== 'ok') throw new Error(`${file} fails SQLite's integrity check: ${problems.slice(0, 3).join('; ')}`)
  const tables = await client.execute(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'`)
  if (Number(firstValue(tables.rows[0])) !== 1) throw new Error(`${file} is a SQLite database but not the CMS's (no payload_migrations table)`)
  const migrations = await client.execute('SELECT count(*) AS n FROM payload_migrations')
  return { migrations: Number(firstValue(migrations.rows[0])) }
}

export class DatabaseInUseError extends Error {}

/**
 * Puts `replacement` in place of the database `target`, keeping the old one as
 * `keep`. Refuses while any other connection has `target` open (the CMS opens
 * it in WAL mode, where every open connection holds a shared lock): this takes
 * the database's exclusive lock first, folds its WAL into the file, copies the
 * file to `keep` under that lock, then renames `replacement` over `target`
 * (atomic) and removes the old database's `-wal`, `-shm` and `-journal`, which
 * would otherwise be applied to the new one.
 */
export async function swapSqliteDatabase({ target, replacement, keep }: { target: string; replacement: string; keep: string }): Promise<{ kept: string | null }> {
  let kept: string | null = null
  if (existsSync(target)) {
    const client = open(target)
    try {
      await client.execute('PRAGMA busy_timeout = 0')
      await client.execute('PRAGMA locking_mode = EXCLUSIVE')
      await client.execute('BEGIN EXCLUSIVE')
      await client.execute('COMMIT')
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (/SQLITE_BUSY|locked/i.test(message)) {
        throw new DatabaseInUseError(`${target} is in use (a running CMS server, or a script such as import?): stop it first, then restore again`)
      }
      throw new Error(`cannot open ${target}: ${message}`)
    }
    const checkpoint = await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    const row = checkpoint.rows[0]
    if (row && Number(row.busy) !== 0) throw new DatabaseInUseError(`${target} is in use: its WAL could not be checkpointed; stop the server first`)
    await copyFile(target, keep, constants.COPYFILE_EXCL)
    kept = keep
  } else {
    await mkdir(path.dirname(target), { recursive: true })
  }
  await rename(replacement, target)
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${target}${suffix}`, { force: true })
  return { kept }
}
