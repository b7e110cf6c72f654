import type { Server, ServerResponse } from 'node:http'

/** How long requests in flight may take to finish once the server is told to stop. */
export const shutdownGraceMs = 30_000

/**
 * Stops `server` the way a load balancer expects: no new connections (they are
 * refused, so the balancer tries another server), every request already taken
 * answered in full, each on a connection marked `Connection: close` so no
 * client sends another on it, idle connections closed. `done` runs once the
 * last connection is gone, or after `graceMs` with the stragglers cut.
 */
export function drainServer(server: Server, active: Set<ServerResponse>, done: () => void, graceMs = shutdownGraceMs): void {
  for (const res of active) if (!res.headersSent) res.setHeader('Connection', 'close')
  // net.Server's close, not http.Server's: that one also closes idle connections at once, and a
  // connection accepted a moment ago is idle until its request is read, though the client sent it.
  Object.getPrototypeOf(Object.getPrototypeOf(server)).close.call(server, () => {
    clearInterval(idle)
    clearTimeout(deadline)
    done()
  })
  let idle: NodeJS.Timeout | undefined
  // A connection whose response had gone out before the signal goes idle only afterwards.
  const start = setTimeout(() => {
    server.closeIdleConnections()
    idle = setInterval(() => server.closeIdleConnections(), 50)
  }, 500)
  const deadline = setTimeout(() => server.closeAllConnections(), graceMs)
  void start
}

/**
 * Tracks the responses in progress on `server`, and marks every one begun
 * after `stopping()` turned true `Connection: close`.
 */
export function trackResponses(stopping: () => boolean): { active: Set<ServerResponse>; track: (res: ServerResponse) => void } {
  const active = new Set<ServerResponse>()
  return {
    active,
    track: (res) => {
      if (stopping()) res.setHeader('Connection', 'close')
      active.add(res)
      res.once('close', () => active.delete(res))
    },
  }
}
