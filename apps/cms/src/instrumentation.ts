/**
 * Payload starts when the server starts, not at the first request: its job
 * runner (scheduled publishing) must tick even on a site nobody visits.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
