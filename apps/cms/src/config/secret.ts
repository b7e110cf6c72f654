import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseChoice } from './choose-database'

/** Beside the embedded database, so the secret travels with the data it signs. */
export const secretFileName = '.payload-secret'

/**
 * `PAYLOAD_SECRET` from the environment, or, on the embedded default only, one
 * generated once and kept beside the database: the first start needs no setting,
 * and sessions survive restarts. A shared database (PostgreSQL, MongoDB) is run
 * by several servers, which must agree on the secret, so there it must be set.
 */
export function resolveSecret(env: { PAYLOAD_SECRET?: string }, choice: DatabaseChoice, dataDir: string): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) return given
  if (choice.kind !== 'sqlite' || !choice.embeddedDefault) {
    throw new Error(
      `PAYLOAD_SECRET is not set. With DATABASE_URI pointing at ${choice.kind === 'sqlite' ? 'a SQLite file of your own' : choice.kind}, set it (32+ random characters, the same on every server), e.g. in .env.`,
    )
  }
  const file = path.join(dataDir, secretFileName)
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim()
    if (kept) return kept
  }
  mkdirSync(dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  // `wx`: if another process made it a moment ago, theirs wins and we read it.
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' })
    return secret
  } catch {
    return readFileSync(file, 'utf8').trim()
  }
}
