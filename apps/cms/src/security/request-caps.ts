import type { CollectionBeforeOperationHook } from 'payload'

/** The most rows one REST or GraphQL page returns; the feed has its own cap. */
export const maxPageSize = 100
/** Far past any real list (a million rows at the cap), short of an offset that costs the database. */
export const maxPage = 10_000
/** Relationship depth a request may ask for (Payload's `maxDepth`). */
export const maxDepth = 2

/**
 * A request for a million rows gets the cap, not a slow death: `limit` (0 means
 * "all" to Payload), `pagination=false` and `page` are bounded for REST and
 * GraphQL. The server's own reads (the local API) are not capped.
 */
export const capListRequests: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local' || (operation !== 'read' && operation !== 'findVersions')) return args
  const a = args as { limit?: number; page?: number; pagination?: boolean }
  const limit = Number(a.limit)
  const page = Number(a.page)
  return {
    ...args,
    pagination: true,
    ...(a.limit === undefined ? {} : { limit: Number.isFinite(limit) && limit >= 1 ? Math.min(Math.floor(limit), maxPageSize) : maxPageSize }),
    ...(a.page === undefined ? {} : { page: Number.isFinite(page) && page >= 1 ? Math.min(Math.floor(page), maxPage) : 1 }),
  }
}
