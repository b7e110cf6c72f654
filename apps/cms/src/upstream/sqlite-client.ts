/**
 * Two fixes to libsql's SQLite client, which db-sqlite uses:
 *
 * 1. It opens a fresh connection after every transaction (`transaction()` hands
 *    its connection to the transaction), and the fresh one has SQLite's default
 *    busy timeout of 0, whatever db-sqlite set at connect: after the first write,
 *    another process's writer made this one fail at once with SQLITE_BUSY.
 *    Every connection now gets the timeout.
 * 2. Its calls are synchronous: a second transaction in the same process waiting
 *    for the first one's lock blocks the event loop, so the first can never
 *    commit. Transactions in one process therefore take turns (a queue), and a
 *    write outside a transaction waits for the current one to end; the busy
 *    timeout is left to arbitrate between processes, where waiting works.
 */
interface LibsqlTransaction {
  commit(): Promise<void>
  rollback(): Promise<void>
  close(): void
}

interface LibsqlClient {
  execute(...args: unknown[]): Promise<unknown>
  batch(...args: unknown[]): Promise<unknown>
  executeMultiple(...args: unknown[]): Promise<unknown>
  transaction(...args: unknown[]): Promise<LibsqlTransaction>
}

const patched = Symbol('careers.sqliteClientPatched')

/**
 * Upstream: tursodatabase/libsql-client-ts#288 (the busy timeout is lost), fixed
 * by #345 (a `timeout` option) after @libsql/client 0.14.0, the version
 * @payloadcms/db-sqlite 3.90.2 installs; the event loop blocked by synchronous
 * calls is how that client works. `upstream-limits.test.ts` fails once the
 * installed client knows a timeout.
 */
export function hardenSqliteClient(client: LibsqlClient, milliseconds: number): void {
  const target = client as LibsqlClient & { [patched]?: true }
  if (target[patched]) return
  target[patched] = true

  const execute = client.execute.bind(client)
  let fresh = false
  const ensureTimeout = async () => {
    if (!fresh) return
    fresh = false
    // Opens the next connection and sets its timeout before anything else runs on it.
    await execute(`PRAGMA busy_timeout = ${Math.floor(milliseconds)}`)
  }

  // The queue of transactions: each waits for the one before it to end.
  let turn: Promise<void> = Promise.resolve()
  let active = 0

  const isRead = (args: unknown[]) => {
    const statement = args[0]
    const sql = typeof statement === 'string' ? statement : ((statement as { sql?: string } | undefined)?.sql ?? '')
    return /^\s*(select|pragma|with|explain)\b/i.test(sql)
  }

  for (const method of ['execute', 'batch', 'executeMultiple'] as const) {
    const original = client[method].bind(client)
    client[method] = async (...args: unknown[]) => {
      if (active > 0 && !(method === 'execute' && isRead(args))) await turn
      await ensureTimeout()
      return original(...args)
    }
  }

  const transaction = client.transaction.bind(client)
  client.transaction = async (...args: unknown[]) => {
    const before = turn
    let release!: () => void
    turn = new Promise<void>((resolve) => (release = resolve))
    await before
    active++
    let released = false
    const end = () => {
      if (released) return
      released = true
      active--
      release()
    }
    try {
      await ensureTimeout()
      const tx = await transaction(...args)
      fresh = true
      const { commit, rollback, close } = tx
      tx.commit = async () => {
        try {
          await commit.call(tx)
        } finally {
          end()
        }
      }
      tx.rollback = async () => {
        try {
          await rollback.call(tx)
        } finally {
          end()
        }
      }
      tx.close = () => {
        try {
          close.call(tx)
        } finally {
          end()
        }
      }
      return tx
    } catch (error) {
      end()
      throw error
    }
  }
}
