import path from 'node:path'
import { chooseDatabase, type DatabaseChoice } from '../database/choose-database'
import { loadEnvironment } from '../database/environment'

/**
 * The database and data folder the CMS uses in this environment, read as
 * `src/payload.config.ts` reads them (`.env`, `DATABASE_URI`,
 * `CAREERS_DATA_DIR`, `NODE_ENV`), without starting Payload: a restore must
 * not open the database it is about to replace.
 */
export function environmentDatabase(appDir: string): { database: DatabaseChoice; dataDir: string } {
  loadEnvironment(appDir)
  const dataDir = process.env.CAREERS_DATA_DIR ? path.resolve(process.env.CAREERS_DATA_DIR) : path.join(appDir, 'data')
  return { dataDir, database: chooseDatabase(process.env.DATABASE_URI, dataDir, process.env.NODE_ENV === 'production') }
}

/** Where `npm run backup` writes without `--out`: `<data dir>/backups/<UTC time>/`. */
export function defaultBackupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups')
}

/** A path the user typed, relative to where they ran `npm` (npm runs workspace scripts in the workspace). */
export function userPath(value: string): string {
  return path.resolve(process.env.INIT_CWD || process.cwd(), value)
}

/** A database URL fit to print: any password hidden. */
export function safeUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@')
}
