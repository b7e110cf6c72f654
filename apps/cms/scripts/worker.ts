/**
 * `npm run worker`: a job worker (renders, scheduled publishing) on the
 * configured database. `npm start` runs one beside the web server; more may
 * run anywhere that reaches the same database. SIGTERM or SIGINT: the job in
 * hand is finished, then the worker exits.
 */
import { runWorker } from '../src/rendering/worker'
import { withPayload } from './with-payload'

const stop = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop.abort())

process.exit(
  await withPayload(async (payload) => {
    console.log('Job worker started: renders and scheduled publishing.')
    await runWorker(payload, {
      signal: stop.signal,
      pollMs: Number(process.env.CAREERS_WORKER_POLL_MS) || 1000,
      jobTimeoutMs: Number(process.env.CAREERS_JOB_TIMEOUT_MS) || undefined,
    })
  }),
)
