import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase } from './choose-database'
import { resolveSecret, secretFileName } from './secret'

const scratch = () => mkdtempSync(path.join(tmpdir(), 'careers-secret-'))

describe('resolveSecret', () => {
  it('takes PAYLOAD_SECRET from the environment when set', () => {
    const dir = scratch()
    expect(resolveSecret({ PAYLOAD_SECRET: 'from-env' }, chooseDatabase(undefined, dir), dir)).toBe('from-env')
  })

  it('generates one secret for the embedded default, keeps it beside the database, and reuses it', () => {
    const dir = scratch()
    const choice = chooseDatabase(undefined, dir)
    const first = resolveSecret({}, choice, dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(resolveSecret({}, choice, dir)).toBe(first)
    const file = path.join(dir, secretFileName)
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0) // readable by its owner only
  })

  it('demands a secret for shared databases and for SQLite files of the user’s own', () => {
    const dir = scratch()
    expect(() => resolveSecret({}, chooseDatabase('postgres://db/careers', dir), dir)).toThrow(/PAYLOAD_SECRET is not set.*postgres/)
    expect(() => resolveSecret({}, chooseDatabase('file:/tmp/own.db', dir), dir)).toThrow(/PAYLOAD_SECRET is not set/)
  })
})
