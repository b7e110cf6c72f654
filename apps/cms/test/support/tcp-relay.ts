import { createConnection, createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP relay to PostgreSQL that a test cuts and restores: the database going
 * away under running processes, without touching the shared server other
 * suites use.
 */
export class Relay {
  private server: Server | undefined
  private sockets = new Set<Socket>()
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection(this.target)
      // Either side gone, however it went (a FIN, or a reset from a process killed with unread data,
      // which pipe() does not pass on), the other goes too: as PostgreSQL sees a client that died, so it
      // ends the session and its locks, instead of keeping them for a connection the relay kept open.
      for (const [s, other] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.sockets.add(s)
        s.on('close', () => {
          this.sockets.delete(s)
          other.destroy()
        })
        s.on('error', () => {})
      }
      client.pipe(upstream).pipe(client)
    })
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve))
  }

  /** Every connection dropped, new ones refused: what the app sees when the database stops. */
  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy()
    await new Promise((resolve) => this.server?.close(resolve))
  }
}
