import { config as loadDotenv } from 'dotenv'
import path from 'node:path'

/**
 * `.env` files, the app's own before the repository's; variables already in
 * the environment always win. Idempotent.
 */
export function loadEnvironment(appDir: string): void {
  for (const file of [path.join(appDir, '.env'), path.join(appDir, '../../.env')]) {
    loadDotenv({ path: file, quiet: true })
  }
}
