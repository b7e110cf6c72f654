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
      for (const s of [client, upstream]) {
        this.sockets.add(s)
        s.on('close', () => this.sockets.delete(s))
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
