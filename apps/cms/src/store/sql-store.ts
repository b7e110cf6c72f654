import { and, asc, type Column, eq, getTableColumns, gt, gte, is, or, type SQL, Table } from '@payloadcms/db-sqlite/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { feedOrder } from '@careers/publishing/contract'
import type { Payload } from 'payload'
import { changeTypes, type ChangeType } from '@careers/publishing/contract'
import { SharedQueries } from './shared-queries'
import type { ChangeRow, ChangeRowQuery, FeedRow, FeedRowQuery, Store, StoredFile, StoredFileHead } from './store'
import { type FileColumns, storedFile } from './stored-file'

/**
 * The store on SQLite and PostgreSQL: the served reads straight through
 * Drizzle (the operators are the same for both). Payload's adapter `find`
 * turns each row back into a document field by field: measured on a feed
 * page, 5.8 ms against 0.6 ms for the same query here, and 1.5 ms against
 * 0.3 ms for the ETags alone.
 */

/**
 * The part of Drizzle's select builder these reads use, typed by its columns.
 * Both dialects' databases are this; each row's values arrive as the driver
 * gives them (PostgreSQL's numeric as a string), so the rows are read as unknown
 * and converted.
 */
interface SqlReader {
  select<F extends Record<string, Column>>(fields: F): { from(table: Table): Filtered<{ [K in keyof F]: unknown }> }
}
interface Filtered<R> {
  where(condition: SQL | undefined): { orderBy(...order: SQL[]): { limit(count: number): PromiseLike<R[]> }; limit(count: number): PromiseLike<R[]> }
}

type SqlAdapter = Payload['db'] & Pick<SQLiteAdapter | PostgresAdapter, 'drizzle' | 'tables'>

function isSqlAdapter(db: Payload['db']): db is SqlAdapter {
  return 'drizzle' in db && 'tables' in db
}

/** A table Payload made, with the columns read from it (named as the collection's fields), each checked when it is looked up. */
interface SqlTable<K extends string> {
  table: Table
  column(name: K): Column
}

/** Tables looked up and checked once per set of tables the adapter made (a new set when it connects again). */
const checkedTables = new WeakMap<object, Map<string, SqlTable<string>>>()

function sqlTable<K extends string>(db: SqlAdapter, name: string, names: readonly K[]): SqlTable<K> {
  const checked = checkedTables.get(db.tables) ?? new Map<string, SqlTable<string>>()
  checkedTables.set(db.tables, checked)
  const known = checked.get(name)
  if (known) return known
  const table = lookUpTable(db, name, names)
  checked.set(name, table)
  return table
}

function lookUpTable<K extends string>(db: SqlAdapter, name: string, names: readonly K[]): SqlTable<K> {
  const found: unknown = db.tables[name]
  if (!is(found, Table)) throw new Error(`the database has no table ${name}`)
  const all = getTableColumns(found)
  const column = (field: K): Column => {
    const c = all[field]
    if (!c) throw new Error(`table ${name} has no column ${field}`)
    return c
  }
  for (const field of names) column(field)
  return { table: found, column }
}

const fileFields = ['key', 'contentType', 'etag', 'size', 'encoding', 'body', 'updatedAt'] as const
const feedFields = ['locale', 'newestFirst', 'title', 'itemId', 'etag', 'item'] as const
const changeFields = ['sequence', 'type', 'itemId', 'slug', 'locale', 'at'] as const

/** The SQL store of `payload`, or undefined on a database without Drizzle (MongoDB). */
export function sqlStore(payload: Payload): Store | undefined {
  const db = payload.db
  return isSqlAdapter(db) ? new SqlStore(payload, db) : undefined
}

class SqlStore extends SharedQueries implements Store {
  constructor(
    payload: Payload,
    private readonly db: SqlAdapter,
  ) {
    super(payload)
  }

  // Asked of the adapter on each read, not kept: it makes its Drizzle instance and tables anew when it connects again (dev's hot reload).
  private get reader(): SqlReader {
    return this.db.drizzle
  }
  private get files(): SqlTable<(typeof fileFields)[number]> {
    return sqlTable(this.db, 'published_files', fileFields)
  }
  private get feed(): SqlTable<(typeof feedFields)[number]> {
    return sqlTable(this.db, 'feed_items', feedFields)
  }
  private get changes(): SqlTable<(typeof changeFields)[number]> {
    return sqlTable(this.db, 'changes', changeFields)
  }

  file(key: string, options: { body: true }): Promise<StoredFile | undefined>
  file(key: string, options: { body: false }): Promise<StoredFileHead | undefined>
  async file(key: string, { body }: { body: boolean }): Promise<StoredFile | StoredFileHead | undefined> {
    const { table, column: c } = this.files
    const head = { contentType: c('contentType'), etag: c('etag'), size: c('size') }
    const [row] = await this.reader
      .select(body ? { ...head, encoding: c('encoding'), body: c('body'), updatedAt: c('updatedAt') } : head)
      .from(table)
      .where(eq(c('key'), key))
      .limit(1)
    if (!row) return undefined
    const rest: Partial<FileColumns> = 'body' in row && 'updatedAt' in row ? { encoding: row.encoding === 'base64' ? 'base64' : 'utf8', body: String(row.body), updatedAt: String(row.updatedAt) } : {}
    // PostgreSQL's numeric arrives as a string.
    return storedFile({ contentType: String(row.contentType), etag: String(row.etag), size: Number(row.size), ...rest }, body)
  }

  async feedRows({ locale, after, limit, items }: FeedRowQuery): Promise<FeedRow[]> {
    const { table, column: c } = this.feed
    // After `after` in the feed's order: greater in one field, equal in every field before it.
    const past = after && or(...feedOrder.map((field, i) => and(...feedOrder.slice(0, i).map((before) => eq(c(before), after[before])), gt(c(field), after[field]))))
    const place = { newestFirst: c('newestFirst'), title: c('title'), itemId: c('itemId'), etag: c('etag') }
    const rows = await this.reader
      .select(items ? { ...place, item: c('item') } : place)
      .from(table)
      .where(and(eq(c('locale'), locale), past))
      .orderBy(...feedOrder.map((field) => asc(c(field))))
      .limit(limit)
    return rows.map((row) => ({
      newestFirst: Number(row.newestFirst),
      title: String(row.title),
      itemId: String(row.itemId),
      etag: String(row.etag),
      ...('item' in row ? { item: String(row.item) } : {}),
    }))
  }

  async changeRows({ from, limit }: ChangeRowQuery): Promise<ChangeRow[]> {
    const { table, column: c } = this.changes
    const rows = await this.reader
      .select({ sequence: c('sequence'), type: c('type'), itemId: c('itemId'), slug: c('slug'), locale: c('locale'), at: c('at') })
      .from(table)
      .where(from > 0 ? gte(c('sequence'), from) : undefined)
      .orderBy(asc(c('sequence')))
      .limit(limit)
    // PostgreSQL's numeric arrives as a string; its timestamps in its own format.
    return rows.map((row) => ({ sequence: Number(row.sequence), type: changeType(row.type), itemId: String(row.itemId), slug: String(row.slug), locale: String(row.locale), at: isoInstant(row.at) }))
  }
}

function changeType(value: unknown): ChangeType {
  const found = changeTypes.find((type) => type === value)
  if (!found) throw new Error(`a stored change has the type ${String(value)}`)
  return found
}

/** A timestamp as ISO text: SQLite stores the text, PostgreSQL gives its own format (or a Date). */
function isoInstant(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString()
}
