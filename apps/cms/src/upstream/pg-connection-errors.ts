import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * PostgreSQL restarting or unreachable: an idle pooled connection reports the
 * loss to the pool; a checked-out one (a transaction between two statements)
 * to the client itself, which pg-pool leaves without a listener while it is
 * out. Unheard, either is an uncaught exception that ends the process (it
 * ended a worker, and with it `npm start`'s web server, in the multi-server
 * test). With these the statement in hand fails, its transaction is retried by
 * the caller, and the pool drops the client.
 *
 * Upstream: brianc/node-postgres#2439 and #3202 (pg-pool 3.14.0 removes its
 * idle listener at checkout); `@payloadcms/db-postgres` 3.90.2 creates its pool
 * without listeners. `upstream-limits.test.ts` fails once pg-pool keeps a
 * listener on checked-out clients.
 */
export function hearLostConnections(pool: PostgresAdapter['pool'], logger: Payload['logger']): void {
  const lost = (error: Error) => logger.warn(`database connection lost: ${error.message}`)
  pool.on('error', lost)
  pool.on('connect', (client) => client.on('error', lost))
}
