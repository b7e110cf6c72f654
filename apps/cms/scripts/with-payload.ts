import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getPayload, type Payload } from 'payload'

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoContentDir = path.resolve(appDir, '../../content')

/**
 * Runs `work` with a Payload instance (migrations applied in production), then
 * closes the database so the next process can open it. Any error is printed as
 * one line and gives exit code 1.
 */
export async function withPayload(work: (payload: Payload) => Promise<number | void>): Promise<number> {
  let code = 0
  let payload: Payload | undefined
  try {
    // Loaded inside the try: a bad DATABASE_URI or a missing secret is one line, not a stack.
    const { default: config } = await import('../src/payload.config')
    // Without `cron: true` this instance runs no jobs: only the server does.
    payload = await getPayload({ config })
    code = (await work(payload)) ?? 0
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
    code = 1
  } finally {
    // A closed pool's stray connection (a migration keeps one checked out) may still report its
    // loss later, e.g. when the database restarts; this process is done with it.
    ;(payload?.db as { pool?: { on(event: 'error', listener: () => void): void } } | undefined)?.pool?.on('error', () => {})
    await payload?.destroy().catch(() => {})
  }
  return code
}

/** `--name value` from argv. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : process.argv[at + 1]
}
