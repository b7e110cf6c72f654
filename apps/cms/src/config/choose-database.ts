import path from 'node:path'

export type DatabaseChoice = { kind: 'sqlite'; url: string; file: string; embeddedDefault: boolean } | { kind: 'postgres'; url: string } | { kind: 'mongodb'; url: string }

/**
 * The embedded default's file in `dataDir`. Development pushes schema changes
 * straight into its database, production only applies migrations; sharing one
 * file would mix the two, so each has its own.
 */
export function defaultSqliteFile(production: boolean): string {
  return production ? 'careers.db' : 'careers-dev.db'
}

/**
 * `DATABASE_URI` → adapter: unset or `file:` is SQLite (the embedded default
 * lives in `dataDir`), `postgres://`/`postgresql://` is PostgreSQL,
 * `mongodb://`/`mongodb+srv://` is MongoDB. Anything else is refused by name,
 * because guessing would write a team's content to the wrong place.
 */
export function chooseDatabase(uri: string | undefined, dataDir: string, production = process.env.NODE_ENV === 'production'): DatabaseChoice {
  const value = uri?.trim()
  if (!value) {
    const file = path.join(dataDir, defaultSqliteFile(production))
    return { kind: 'sqlite', url: `file:${file}`, file, embeddedDefault: true }
  }
  if (value.startsWith('file:')) {
    const file = path.resolve(value.slice('file:'.length).replace(/^\/\/(?=\/)/, ''))
    return { kind: 'sqlite', url: `file:${file}`, file, embeddedDefault: false }
  }
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: 'postgres', url: value }
  if (/^mongodb(\+srv)?:\/\//.test(value)) return { kind: 'mongodb', url: value }
  throw new Error(`DATABASE_URI must start with file:, postgres:// or mongodb:// (got "${safeUrl(value)}")`)
}

/** A database URL fit to print: any password hidden. */
export function safeUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@')
}
