import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createHash, randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readManifest, sha256File, writeManifest } from '../../src/backup/manifest'
import { restoreBackup } from '../../src/backup/restore-backup'
import type { DatabaseChoice } from '../../src/config/choose-database'
import { contentFileNames, contentFileTexts } from '../support/content-files'
import { postgresTestDatabase, sqliteTestDatabase, type TestDatabase } from '../support/databases'
import { repoContent } from './cms-suite'

/**
 * `npm run backup` and `npm run restore` as a user runs them: the real scripts
 * in the production environment, on a real SQLite file and a real PostgreSQL
 * database. Everything that opens the database runs in a child process
 * (`test/support/backup-fixture.ts`), as the server and the scripts would.
 */
const appDir = path.resolve(import.meta.dirname, '../..')
// As the npm scripts run them: tsx's loader in the script's own process.
const tsx = ['--import', 'tsx']
// Production refuses a weak secret.
const secret = randomBytes(32).toString('hex')

interface Run {
  code: number
  stdout: string
  stderr: string
}

function environment(choice: DatabaseChoice, dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=production --no-deprecation',
    CAREERS_DATA_DIR: dataDir,
    DATABASE_URI: choice.url,
    PAYLOAD_SECRET: secret,
    INIT_CWD: appDir,
  }
}

function run(env: NodeJS.ProcessEnv, script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...tsx, script, ...args], { cwd: appDir, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) })
    })
  })
}

/** Every content file of a folder with its text: the entries and each locale's translations. */
const markdownFiles = contentFileTexts

/** Every file in `dir` (not recursing into `backups/`) with a hash of its bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== 'backups')
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  )

describe.each([
  ['SQLite', sqliteTestDatabase],
  ['PostgreSQL', postgresTestDatabase],
] as const)('npm run backup / restore on %s', (name, database) => {
  let db: TestDatabase
  let skip: string | undefined
  let dataDir: string
  let env: NodeJS.ProcessEnv
  let choice: DatabaseChoice
  let holder: ChildProcess | undefined
  let backupDir: string
  let original: unknown
  let scratch: string

  const state = async (...args: string[]) => {
    const result = await run(env, 'test/support/backup-fixture.ts', '--do', 'state', ...args)
    expect(result.code, result.stderr).toBe(0)
    return JSON.parse(
      result.stdout
        .split('\n')
        .find((l) => l.startsWith('STATE '))!
        .slice('STATE '.length),
    ) as {
      careerPaths: { slug: string; title: string; status: string }[]
      users: { email: string }[]
      siteName: string
      tables: string[]
      integrity: string[] | null
    }
  }

  const stopHolder = async () => {
    if (holder && holder.exitCode === null && holder.signalCode === null) {
      const exited = new Promise((resolve) => holder!.once('exit', resolve))
      process.kill(-holder.pid!, 'SIGTERM')
      await exited
    }
    holder = undefined
  }

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'careers-backup-test-'))
    db = await database()
    if ('skip' in db) {
      skip = db.skip
      console.warn(`[skipped] backup and restore on ${name}: ${skip}`)
      return
    }
    choice = db.choice
    dataDir = mkdtempSync(path.join(tmpdir(), 'careers-backup-data-'))
    env = environment(choice, dataDir)
    const seeded = await run(env, 'test/support/backup-fixture.ts', '--do', 'seed', '--content', repoContent)
    expect(seeded.code, seeded.stderr + seeded.stdout).toBe(0)
    original = await state()
  })

  afterAll(async () => {
    await stopHolder()
    if (db && 'drop' in db) await db.drop()
    for (const dir of [dataDir, scratch]) if (dir) rmSync(dir, { recursive: true, force: true })
  })

  const test = (title: string, body: () => Promise<void>) =>
    it(title, { timeout: 300_000 }, async (ctx) => {
      if (skip) {
        ctx.skip(skip)
        return
      }
      await body()
    })

  test('backs up while a server has the database open: a consistent copy, the Markdown export and a manifest', async () => {
    // A process holding the database open and reading it, as the server does.
    holder = spawn(process.execPath, [...tsx, 'test/support/backup-fixture.ts', '--do', 'hold'], { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    await new Promise<void>((resolve, reject) => {
      let out = ''
      holder!.stdout!.on('data', (d) => (out += d) && out.includes('holding') && resolve())
      holder!.stderr!.on('data', (d) => (out += d))
      holder!.once('exit', (code) => reject(new Error(`the holder exited with ${code}: ${out}`)))
    })

    const result = await run(env, 'scripts/backup.ts')
    expect(result.code, result.stderr + result.stdout).toBe(0)
    const backups = readdirSync(path.join(dataDir, 'backups'))
    expect(backups).toHaveLength(1)
    expect(backups[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/)
    backupDir = path.join(dataDir, 'backups', backups[0]!)
    expect(result.stdout).toContain(
      `backup: 10 career paths (10 published), 1 user, ${choice.kind === 'sqlite' ? 'careers.db' : 'careers.pgdump'} + ${contentFileNames(repoContent).length} Markdown files, in ${backupDir}`,
    )

    const manifest = await readManifest(backupDir)
    expect(manifest).toMatchObject({ database: { kind: choice.kind }, counts: { careerPaths: 10, published: 10, users: 1 } })
    expect(await sha256File(path.join(backupDir, manifest.database.file!))).toBe(manifest.database.sha256)
    // The export is byte for byte what was imported.
    expect(markdownFiles(path.join(backupDir, 'content'))).toEqual(markdownFiles(repoContent))
    expect(manifest.content!.files).toEqual(contentFileNames(repoContent).sort())

    const again = await run(env, 'scripts/backup.ts', '--out', backupDir)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists and is not empty/)
  })

  test('refuses to restore while the database is in use, and changes nothing', async () => {
    const mutated = await run(env, 'test/support/backup-fixture.ts', '--do', 'mutate')
    expect(mutated.code, mutated.stderr).toBe(0)
    const changed = await state()
    expect(changed).not.toEqual(original)
    expect(changed.careerPaths.map((p) => p.slug)).not.toContain('qa-engineer')
    expect(changed.tables).toContain('added_after_backup')

    const refused = await run(env, 'scripts/restore.ts', backupDir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(choice.kind === 'sqlite' ? /is in use .*stop it first/ : /other sessions? (is|are) connected .*stop it first/)
    await stopHolder()
    expect(await state()).toEqual(changed)
  })

  test('restores the backup: entries, drafts, users, settings and tables exactly as they were; the replaced database is kept', async () => {
    const changed = await state()
    const result = await run(env, 'scripts/restore.ts', backupDir)
    expect(result.code, result.stderr + result.stdout).toBe(0)
    expect(result.stdout).toMatch(/restored: the backup of .*, 10 career paths \(10 published\), 1 user/)

    const exported = path.join(scratch, 'exported')
    const restored = await state('--export', exported)
    expect(restored).toEqual(original)
    if (choice.kind === 'sqlite') expect(restored.integrity).toEqual(['ok'])
    expect(markdownFiles(exported)).toEqual(markdownFiles(path.join(backupDir, 'content')))

    // Nothing is lost: what the restore replaced is kept, and is the changed database.
    if (choice.kind === 'sqlite') {
      const { file } = choice as Extract<DatabaseChoice, { kind: 'sqlite' }>
      const kept = readdirSync(path.dirname(file)).filter((f) => f.startsWith(`${path.basename(file)}.before-restore-`))
      expect(kept).toHaveLength(1)
      // No temporary copy left, no old -wal/-shm beside the new database (state opened it again, so it has its own).
      expect(readdirSync(path.dirname(file)).filter((f) => /\.tmp|-wal$|-shm$|-journal$/.test(f) && !f.startsWith(`${path.basename(file)}-`))).toEqual([])
      const keptFile = path.join(path.dirname(file), kept[0]!)
      const keptEnv = environment({ ...choice, url: `file:${keptFile}`, file: keptFile }, dataDir)
      const keptState = await run(keptEnv, 'test/support/backup-fixture.ts', '--do', 'state')
      expect(
        JSON.parse(
          keptState.stdout
            .split('\n')
            .find((l) => l.startsWith('STATE '))!
            .slice(6),
        ),
      ).toEqual(changed)
    } else {
      const kept = readdirSync(path.join(dataDir, 'backups')).filter((f) => f.startsWith('before-restore-'))
      expect(kept).toHaveLength(1)
      const keptManifest = await readManifest(path.join(dataDir, 'backups', kept[0]!))
      expect(statSync(path.join(dataDir, 'backups', kept[0]!, keptManifest.database.file!)).size).toBe(keptManifest.database.bytes)
    }
  })

  test('a missing or damaged backup is refused with the reason, and the database is left as it was', async () => {
    // The database is as the restore above left it: `original`.
    const folder = choice.kind === 'sqlite' ? path.dirname((choice as Extract<DatabaseChoice, { kind: 'sqlite' }>).file) : undefined
    const files = folder ? snapshot(folder) : undefined
    const options = { database: choice, backupsDir: path.join(scratch, 'kept') }

    await expect(restoreBackup(path.join(scratch, 'no-such-backup'), options)).rejects.toThrow(/no backup at .*no-such-backup: the folder does not exist/)
    const empty = path.join(scratch, 'empty')
    cpSync(path.join(backupDir, 'content'), path.join(empty, 'content'), { recursive: true })
    await expect(restoreBackup(empty, options)).rejects.toThrow(/is not a backup: manifest\.json is missing/)

    // A copy whose bytes changed after the backup: the checksum catches it before anything is touched.
    const damaged = path.join(scratch, 'damaged')
    cpSync(backupDir, damaged, { recursive: true })
    const manifest = await readManifest(damaged)
    const copy = path.join(damaged, manifest.database.file!)
    const bytes = readFileSync(copy)
    bytes.fill(0x5a, 8192, 12288)
    if (choice.kind === 'postgres') bytes.fill(0x5a, 0, 64) // pg_restore reads the archive's header and table of contents first
    writeFileSync(copy, bytes)
    const cli = await run(env, 'scripts/restore.ts', damaged)
    expect(cli.code).toBe(1)
    expect(cli.stderr).toMatch(/careers\.(db|pgdump) is damaged: it does not match the checksum in .*manifest\.json; nothing was restored/)

    // The same damage with a matching checksum: SQLite's integrity check or pg_restore refuses it.
    await writeManifest(damaged, { ...manifest, database: { ...manifest.database, sha256: await sha256File(copy) } })
    await expect(restoreBackup(damaged, options)).rejects.toThrow(choice.kind === 'sqlite' ? /fails SQLite's integrity check|is not a readable SQLite database/ : /is not a readable pg_dump archive/)

    // SQLite: not a byte changed, nothing added; PostgreSQL: the same content.
    if (folder) expect(snapshot(folder)).toEqual(files)
    else expect(await state()).toEqual(original)
  })
})
