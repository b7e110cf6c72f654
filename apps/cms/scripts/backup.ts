/**
 * `npm run backup [-- --out DIR]`: a consistent copy of the database (SQLite
 * `VACUUM INTO`, PostgreSQL `pg_dump`), the Markdown export and a manifest, in
 * `<data dir>/backups/<UTC time>/` by default. Safe while the server runs.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { createBackup } from '../src/backup/create-backup'
import { configuredDatabase } from '../src/config/environment'
import { defaultBackupsDir, userPath } from '../src/backup/environment'
import { backupTimestamp, describeCounts } from '../src/backup/manifest'
import type { DatabaseChoice } from '../src/config/choose-database'
import { appDir, option, withPayload } from './with-payload'

const now = new Date()
let target: { database: DatabaseChoice; dir: string }
try {
  const { database, dataDir } = configuredDatabase(appDir)
  const out = option('out')
  const dir = out ? userPath(out) : path.join(defaultBackupsDir(dataDir), backupTimestamp(now))
  // Said before Payload starts (createBackup checks again).
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new Error(`${dir} already exists and is not empty: back up into a new folder`)
  target = { database, dir }
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
const { database, dir } = target

process.exit(
  await withPayload(async (payload) => {
    console.log(`backing up the ${database.kind} database into ${dir}`)
    const { manifest, warnings } = await createBackup(payload, database, dir, { now, log: (line) => console.log(`  ${line}`) })
    for (const warning of warnings) console.error(`warning: ${warning}`)
    const copy = manifest.database.file ? `${manifest.database.file} + ` : ''
    console.log(`${warnings.length ? 'incomplete backup' : 'backup'}: ${describeCounts(manifest)}, ${copy}${manifest.content?.files.length ?? 0} Markdown files, in ${dir}`)
    return warnings.length ? 1 : 0
  }),
)
