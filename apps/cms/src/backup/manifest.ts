import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { DatabaseChoice } from '../config/choose-database'

/** `manifest.json`, written last: a backup folder without one is incomplete. */
export const manifestName = 'manifest.json'
/** The Markdown export's folder inside a backup (`content/career-paths/*.md`, as `content/` in the repository). */
export const contentFolder = 'content'
export const manifestFormat = 'careers-backup/1'

/** The database copy's file name in a backup folder, by kind (MongoDB has none: only the Markdown is saved). */
export const databaseFileNames = { sqlite: 'careers.db', postgres: 'careers.pgdump' } as const

export interface BackupManifest {
  format: typeof manifestFormat
  /** ISO time the backup was taken. */
  createdAt: string
  database: {
    kind: DatabaseChoice['kind']
    /** The copy's file name in the folder; null where the database itself could not be saved (MongoDB). */
    file: string | null
    bytes?: number
    sha256?: string
  }
  /** Counts at the time of the backup (null where unknown, e.g. the copy kept before a restore). */
  counts: { careerPaths: number; published: number; users: number } | null
  /** The Markdown export: folder and file names relative to the backup folder. */
  content: { dir: string; files: string[] } | null
}

/** `2026-11-25T13-40-00Z`: an ISO UTC time to the second, usable as a file name everywhere. */
export function backupTimestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-')
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  const file = path.join(dir, manifestName)
  await writeFile(`${file}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`)
  await rename(`${file}.tmp`, file)
}

/** The folder's manifest, or an error saying plainly why this is not a usable backup. */
export async function readManifest(dir: string): Promise<BackupManifest> {
  const file = path.join(dir, manifestName)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new Error(`${dir} is not a backup: ${manifestName} is missing (an unfinished or foreign folder?)`)
    throw error
  }
  let manifest: BackupManifest
  try {
    manifest = JSON.parse(text) as BackupManifest
  } catch {
    throw new Error(`${file} is damaged: not valid JSON`)
  }
  if (manifest?.format !== manifestFormat || !manifest.database?.kind) throw new Error(`${file} is not a careers backup manifest (format ${JSON.stringify(manifest?.format)})`)
  return manifest
}

/** "10 career paths (10 published), 2 users", or that the counts are unknown. */
export function describeCounts(manifest: BackupManifest): string {
  const c = manifest.counts
  if (!c) return 'counts unknown'
  return `${c.careerPaths} career path${c.careerPaths === 1 ? '' : 's'} (${c.published} published), ${c.users} user${c.users === 1 ? '' : 's'}`
}
