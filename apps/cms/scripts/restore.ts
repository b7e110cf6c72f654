/**
 * `npm run restore -- DIR [--force]`: puts a backup made by `npm run backup`
 * back as the CMS's database. Stop the server first (SQLite refuses while the
 * database is open). The replaced database is kept. Payload is not started:
 * the database being replaced is not opened through it.
 */
import { configuredDatabase } from '../src/config/environment'
import { defaultBackupsDir, userPath } from '../src/backup/environment'
import { safeUrl } from '../src/config/choose-database'
import { describeCounts } from '../src/backup/manifest'
import { restoreBackup } from '../src/backup/restore-backup'
import { appDir } from './with-payload'

const args = process.argv.slice(2)
const from = args.find((arg) => !arg.startsWith('--'))
if (!from || args.includes('--help')) {
  console.error('usage: npm run restore -- <backup folder> [--force]   (stop the CMS server first)')
  process.exit(args.includes('--help') ? 0 : 1)
}

try {
  const { database, dataDir } = configuredDatabase(appDir)
  const where = database.kind === 'sqlite' ? database.file : safeUrl(database.url)
  console.log(`restoring ${userPath(from)} over the ${database.kind} database ${where}`)
  const { manifest, kept } = await restoreBackup(userPath(from), {
    database,
    backupsDir: defaultBackupsDir(dataDir),
    force: args.includes('--force'),
    log: (line) => console.log(`  ${line}`),
  })
  if (kept) console.log(`  the replaced database is kept as ${kept}`)
  console.log(`restored: the backup of ${manifest.createdAt}, ${describeCounts(manifest)}; start the server again (npm start)`)
  process.exit(0)
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
