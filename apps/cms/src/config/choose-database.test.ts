import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, defaultSqliteFile } from './choose-database'

describe('chooseDatabase', () => {
  const dataDir = '/srv/cms/data'

  it('uses the embedded SQLite file in the data folder when DATABASE_URI is unset or blank', () => {
    for (const uri of [undefined, '', '  ']) {
      expect(chooseDatabase(uri, dataDir, true)).toEqual({
        kind: 'sqlite',
        url: 'file:/srv/cms/data/careers.db',
        file: '/srv/cms/data/careers.db',
        embeddedDefault: true,
      })
    }
  })

  it('keeps development and production apart: one pushes schema, the other migrates', () => {
    expect(defaultSqliteFile(false)).not.toBe(defaultSqliteFile(true))
    expect(chooseDatabase(undefined, dataDir, false)).toMatchObject({ file: '/srv/cms/data/careers-dev.db' })
  })

  it('reads file: URIs, relative or absolute, as a SQLite file of the user’s own', () => {
    expect(chooseDatabase('file:./tmp/x.db', dataDir)).toMatchObject({ kind: 'sqlite', file: path.resolve('tmp/x.db'), embeddedDefault: false })
    expect(chooseDatabase('file:/var/lib/careers.db', dataDir)).toMatchObject({ kind: 'sqlite', url: 'file:/var/lib/careers.db' })
    expect(chooseDatabase('file:///var/lib/careers.db', dataDir)).toMatchObject({ kind: 'sqlite', file: '/var/lib/careers.db' })
  })

  it('picks PostgreSQL and MongoDB by scheme', () => {
    expect(chooseDatabase('postgres://u:p@db:5432/careers', dataDir)).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/careers' })
    expect(chooseDatabase('postgresql://db/careers', dataDir).kind).toBe('postgres')
    expect(chooseDatabase('mongodb://localhost/careers', dataDir).kind).toBe('mongodb')
    expect(chooseDatabase('mongodb+srv://cluster/careers', dataDir).kind).toBe('mongodb')
  })

  it('refuses any other scheme by name, without echoing the password', () => {
    expect(() => chooseDatabase('mysql://root:hunter2@db/careers', dataDir)).toThrow(/DATABASE_URI must start with file:, postgres:\/\/ or mongodb:\/\//)
    expect(() => chooseDatabase('mysql://root:hunter2@db/careers', dataDir)).not.toThrow(/hunter2/)
  })
})
