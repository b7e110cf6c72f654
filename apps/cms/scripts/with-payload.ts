import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoContentDir = path.resolve(appDir, '../../content')

/**
 * Runs `work` with a Payload instance (migrations applied in production), then
 * closes the database so the next process can open it. Any error is printed as
 * one line and gives exit code 1.
 */
export async function withPayload(work: (payload: Payload) => Promise<number | void>): Promise<number> {
  // The config is loaded here, not imported at the top, so the environment is set first;
  // only the server runs the job queue.
  const jobsCron = process.env.CAREERS_JOBS_CRON
  process.env.CAREERS_JOBS_CRON = 'off'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../src/payload.config')
  if (jobsCron === undefined) delete process.env.CAREERS_JOBS_CRON
  else process.env.CAREERS_JOBS_CRON = jobsCron
  let code = 0
  let payload: Payload | undefined
  try {
    payload = await getPayload({ config })
    code = (await work(payload)) ?? 0
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
    code = 1
  } finally {
    await payload?.destroy().catch(() => {})
  }
  return code
}

/** `--name value` from argv. */
export function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : process.argv[at + 1]
}
