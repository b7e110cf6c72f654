import { setTimeout as sleep } from 'node:timers/promises'
import type { Payload, Where } from 'payload'
import { jobsSlug } from '../collections/slugs'
import { webhookQueue } from '../webhooks/deliver-task'
import { renderAllTask, renderBookTask, renderEntryTask } from './render-tasks'

export interface WorkerOptions {
  /** How long an idle worker waits before it looks for jobs again. */
  pollMs?: number
  /** A job processing longer than this was left by a worker that died: it is released to run again. */
  jobTimeoutMs?: number
  /** Aborted: the worker finishes the job in hand and returns. */
  signal?: AbortSignal
}

/**
 * The next runnable job (render, scheduled publish), one at a time: react-pdf
 * renders one at a time, and a worker claims only the job it runs, so several
 * workers share a queue evenly and a stopping (or killed) one leaves no other
 * job claimed. A render of everything goes first and on its own: the entry
 * renders it queues then replace the entries' waiting ones, which, taken
 * beside it, would each render a second time.
 */
async function runBatch(payload: Payload, { book }: { book: boolean }): Promise<number> {
  const silent = { info: true }
  const all = await payload.jobs.run({ allQueues: true, limit: 1, where: { taskSlug: { equals: renderAllTask } }, silent })
  if (ran(all.jobStatus)) return 1
  const others: Where = { and: [{ taskSlug: { not_equals: renderBookTask } }, { queue: { not_equals: webhookQueue } }] }
  const rest = ran((await payload.jobs.run({ allQueues: true, limit: 1, where: others, silent })).jobStatus)
  // The book last, when nothing else was due: it then shows every render of the burst that queued it.
  if (rest || !book) return rest
  return ran((await payload.jobs.run({ allQueues: true, limit: 1, where: { taskSlug: { equals: renderBookTask } }, silent })).jobStatus)
}

/** One line per job run, naming it: with several workers, which ran what (the multi-server test counts them). */
function ran(jobStatus: Record<string, { status?: string }> | undefined): number {
  const ids = Object.keys(jobStatus ?? {})
  for (const id of ids) console.log(`job worker ${process.pid}: ran job ${id} (${jobStatus?.[id]?.status ?? 'done'})`)
  return ids.length
}

/**
 * Due webhook deliveries, up to 20 at once (each waits on the network, not the
 * CPU, at most the delivery timeout): a loop of their own beside the renders',
 * so a slow endpoint never holds up a render.
 */
export async function runDeliveries(payload: Payload): Promise<number> {
  const ran = await payload.jobs.run({ queue: webhookQueue, limit: 20, silent: { info: true } })
  return Object.keys(ran.jobStatus ?? {}).length
}

/**
 * The job worker: runs every due job of every queue, then waits `pollMs` and
 * looks again. A job exists only once its write committed (it is queued in the
 * write's transaction), so whatever it finds is there to stay. Renders (and
 * scheduled publishes) run one after another; webhook deliveries in a loop of
 * their own beside them.
 */
export async function runWorker(payload: Payload, { pollMs = 1000, jobTimeoutMs = defaultJobTimeoutMs, signal }: WorkerOptions = {}): Promise<void> {
  let released = 0
  const renders = pollLoop(payload, 'job worker', pollMs, signal, async () => {
    if (Date.now() - released > Math.min(jobTimeoutMs, 30_000)) {
      await releaseAbandonedJobs(payload, jobTimeoutMs)
      released = Date.now()
    }
    return runBatch(payload, { book: true })
  })
  await Promise.all([renders, pollLoop(payload, 'webhook deliveries', pollMs, signal, () => runDeliveries(payload))])
}

async function pollLoop(payload: Payload, name: string, pollMs: number, signal: AbortSignal | undefined, batch: () => Promise<number>): Promise<void> {
  let failing = 0
  while (!signal?.aborted) {
    let ran = 0
    try {
      ran = await batch()
      failing = 0
    } catch (error) {
      // The database away or restarting: the worker waits (longer each time, up to 30 s) and tries
      // again instead of ending; a job it had claimed is retried by Payload's own rules.
      failing++
      payload.logger.warn(`${name}: ${error instanceof Error ? error.message : String(error)}; trying again`)
    }
    if (ran === 0) await sleep(failing ? Math.min(30_000, pollMs * 2 ** failing) : pollMs, undefined, { signal }).catch(() => {})
  }
}

/** Far longer than any render takes (the model's limits keep the largest handout under ten seconds). */
export const defaultJobTimeoutMs = 5 * 60_000

/**
 * Payload marks a job `processing` when a worker takes it and has no way back
 * when that worker dies (kill -9, a lost machine): the job, and with its
 * concurrency key every later render of the entry, would wait forever. A job
 * processing longer than `olderThanMs` (Payload touches `updatedAt` as it
 * goes) is released to run again; a render run twice stores the same bytes.
 */
export async function releaseAbandonedJobs(payload: Payload, olderThanMs: number): Promise<number> {
  const cutoff = new Date(Date.now() - olderThanMs).toISOString()
  const { docs } = await payload.db.find<{ id: number | string }>({
    collection: jobsSlug,
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: cutoff } }] },
    select: { id: true },
    limit: 100,
    pagination: false,
  })
  if (!docs.length) return 0
  await payload.db.updateMany({ collection: jobsSlug, where: { id: { in: docs.map((d) => d.id) } }, data: { processing: false } })
  payload.logger.warn(`job worker: released ${docs.length} job(s) left processing for over ${Math.round(olderThanMs / 1000)} s by a worker that stopped`)
  return docs.length
}

/** Render jobs not finished yet: waiting, running or between retries (failed ones excepted). */
export async function pendingRenders(payload: Payload): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: jobsSlug,
    where: { and: [{ taskSlug: { in: [renderEntryTask, renderAllTask] } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs
}

/** Render jobs queued since `since` that gave up after their last retry. */
export async function failedRenders(payload: Payload, since: Date): Promise<{ input: unknown; error: unknown }[]> {
  const { docs } = await payload.find({
    collection: jobsSlug,
    where: { and: [{ taskSlug: { in: [renderEntryTask, renderAllTask] } }, { hasError: { equals: true } }, { createdAt: { greater_than_equal: since.toISOString() } }] },
    overrideAccess: true,
    limit: 100,
    depth: 0,
  })
  return docs.map((d) => ({ input: (d as { input?: unknown }).input, error: (d as { error?: unknown }).error }))
}

/**
 * Runs queued renders here until none remain (another worker may share them),
 * reporting progress: what an import waits for, so it returns with every
 * imported entry's outputs stored. The book is left to the worker: it is not
 * an entry's file, and of a thousand entries it takes minutes.
 */
export async function drainRenders(payload: Payload, progress: (done: number, left: number) => void = () => {}): Promise<number> {
  let done = 0
  let reported = 0
  for (;;) {
    const ran = await runBatch(payload, { book: false })
    done += ran
    const left = await pendingRenders(payload)
    if (Date.now() - reported > 2000 || left === 0) {
      progress(done, left)
      reported = Date.now()
    }
    if (left === 0) return done
    // Nothing runnable here now: the rest is between retries or being run by another worker.
    if (ran === 0) await sleep(500)
  }
}
