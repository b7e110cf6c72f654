import { config as loadDotenv } from 'dotenv'
import path from 'node:path'
import { chooseDatabase, type DatabaseChoice } from './choose-database'

/**
 * `.env` files, the app's own before the repository's; variables already in
 * the environment always win. Idempotent.
 */
export function loadEnvironment(appDir: string): void {
  for (const file of [path.join(appDir, '.env'), path.join(appDir, '../../.env')]) {
    loadDotenv({ path: file, quiet: true })
  }
}

/**
 * The database and data folder this environment names (`.env`, `DATABASE_URI`,
 * `CAREERS_DATA_DIR`, `NODE_ENV`): what the Payload config opens, and what
 * backup and restore work on without starting Payload.
 */
export function configuredDatabase(appDir: string): { database: DatabaseChoice; dataDir: string } {
  loadEnvironment(appDir)
  // The embedded default's database and generated secret live here.
  const dataDir = process.env.CAREERS_DATA_DIR ? path.resolve(process.env.CAREERS_DATA_DIR) : path.join(appDir, 'data')
  return { dataDir, database: chooseDatabase(process.env.DATABASE_URI, dataDir, process.env.NODE_ENV === 'production') }
}
