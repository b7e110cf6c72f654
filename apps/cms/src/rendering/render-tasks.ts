import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { recordsVersion } from './records-version'
import { careerPathsSlug, jobsSlug } from '../collections/slugs'
import { storeOf } from '../store/store'
import { defaultLocale, isLocale, localeCodes, type Locale } from '@careers/career-path'
import { renderStoredBook } from './render-book'
import { renderEntry } from './render-entry'

export const renderEntryTask = 'renderEntry'
export const renderAllTask = 'renderAll'
export const renderBookTask = 'renderBook'

/**
 * A render that throws (the database away, a bug in a renderer) is retried with
 * growing waits: 2 s, 4 s, 8 s … about a minute in all. Its error stays on the
 * job, which staff see under Administration → Jobs; the public outputs stay
 * the last good ones meanwhile.
 */
const retries = { attempts: 5, backoff: { type: 'exponential' as const, delay: 2000 } }

/**
 * Renders one entry's files, feed item and page (or removes them), then queues
 * the entries whose links to it changed. One job per entry at a time; a newer
 * job for the same entry replaces one still waiting, so a burst of saves
 * renders once or twice, never once per save.
 */
export const renderEntryTaskConfig: TaskConfig<'renderEntry'> = {
  slug: renderEntryTask,
  label: 'Render a career path',
  inputSchema: [{ name: 'entry', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries,
  concurrency: { key: ({ input }) => `entry:${input.entry}`, exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    const { result, locales, linkers } = await renderEntry(req.payload, input.entry)
    for (const linker of linkers) await queueEntryRender(req.payload, linker)
    // Each locale's book, where this entry is (or was) in it.
    for (const locale of localeCodes) if (locales[locale] !== 'nothing public') await queueBookRender(req.payload, locale)
    return { output: { result: linkers.length ? `${result}; ${linkers.length} linking entries queued` : result } }
  },
}

/** Every published entry rendered again: the site settings changed (or the renderers did). */
export const renderAllTaskConfig: TaskConfig<'renderAll'> = {
  slug: renderAllTask,
  label: 'Render every career path',
  inputSchema: [{ name: 'reason', type: 'text', required: true }],
  outputSchema: [{ name: 'queued', type: 'number', required: true }],
  retries,
  concurrency: { key: () => 'all', exclusive: true, supersedes: true },
  handler: async ({ req }) => {
    // Every entry published in any locale (one render job renders all of an entry's locales), each queued once.
    const seen = new Set<string>()
    // `_status` is per locale and the adapter compares it in the locale it is given: one pass per locale,
    // by id, a page at a time, so a hundred thousand entries' documents never sit in memory at once.
    for (const locale of localeCodes) {
      for (let after: number | string | undefined; ; ) {
        const { docs } = await req.payload.db.find<{ id: number | string }>({
          collection: careerPathsSlug,
          locale,
          where: { and: [{ _status: { equals: 'published' } }, ...(after === undefined ? [] : [{ id: { greater_than: after } }])] },
          select: { id: true },
          sort: 'id',
          limit: 500,
          pagination: false,
        })
        for (const { id } of docs) {
          if (seen.has(String(id))) continue
          seen.add(String(id))
          await queueEntryRender(req.payload, String(id))
        }
        if (docs.length < 500) break
        after = docs[docs.length - 1]!.id
      }
    }
    return { output: { queued: seen.size } }
  },
}

/**
 * The book of every entry, made from their stored Markdown. It takes seconds
 * to minutes, so it is not made once per publish: the first entry render of a
 * burst queues one book job, due a little later (`CAREERS_BOOK_DELAY_MS`,
 * default 10 s), and the worker takes it only when no entry render is left to
 * run, so the book shows the whole burst. A job whose sources did not change
 * renders nothing (see `renderStoredBook`).
 */
export const renderBookTaskConfig: TaskConfig<'renderBook'> = {
  slug: renderBookTask,
  label: 'Render the book of all career paths',
  inputSchema: [{ name: 'locale', type: 'text', required: true }],
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries,
  concurrency: { key: ({ input }) => bookConcurrencyKey(input.locale), exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    // Queued by this code only; a locale since taken out of the configuration has nothing to render.
    if (!isLocale(input.locale)) return { output: { result: `no locale ${input.locale}` } }
    return { output: { result: await renderStoredBook(req.payload, input.locale) } }
  },
}

/** One book job of a locale at a time; a newer one replaces one still waiting. */
const bookConcurrencyKey = (locale: string) => `book:${locale}`

export function bookDelayMs(): number {
  const ms = Number(process.env.CAREERS_BOOK_DELAY_MS ?? 10_000)
  return Number.isFinite(ms) && ms >= 0 ? ms : 10_000
}

/** Queues a locale's book unless one is already waiting (a running one does not count: it may have read its sources already). */
export async function queueBookRender(payload: Payload, locale: Locale = defaultLocale): Promise<void> {
  const waiting = await payload.db.count({
    collection: jobsSlug,
    where: {
      and: [
        { taskSlug: { equals: renderBookTask } },
        { concurrencyKey: { equals: bookConcurrencyKey(locale) } },
        { completedAt: { exists: false } },
        { processing: { equals: false } },
        { hasError: { not_equals: true } },
      ],
    },
  })
  if (waiting.totalDocs > 0) return
  await payload.jobs.queue({ task: renderBookTask, input: { locale }, waitUntil: new Date(Date.now() + bookDelayMs()) })
}

/**
 * Queues the render of one entry. Given the request of a write, the job is
 * written in that write's transaction: it exists exactly when the write
 * committed, and no worker can see it before (Payload's afterChange runs before
 * the commit, so rendering there would render what might still roll back).
 */
export function queueEntryRender(payload: Payload, entry: string | number, req?: PayloadRequest): Promise<unknown> {
  return payload.jobs.queue({ task: renderEntryTask, input: { entry: String(entry) }, ...(req ? { req } : {}) })
}

export function queueRenderAll(payload: Payload, reason: string, req?: PayloadRequest): Promise<unknown> {
  return payload.jobs.queue({ task: renderAllTask, input: { reason }, ...(req ? { req } : {}) })
}

/**
 * On start: when a published entry has no stored records, or records made by
 * an older renderer (an upgrade, a restored backup), every entry is rendered
 * again. Readers keep the old bytes until each new render is stored.
 */
export async function queueRenderAllIfStale(payload: Payload): Promise<string | undefined> {
  // Per locale: each published locale of an entry has its own feed item.
  const counts = await Promise.all(
    localeCodes.map(async (locale) => {
      const [published, current] = await Promise.all([
        payload.db.count({ collection: careerPathsSlug, locale, where: { _status: { equals: 'published' } } }),
        storeOf(payload).feedItemsOfVersion(locale, recordsVersion),
      ])
      return published.totalDocs - current
    }),
  )
  const lacking = counts.reduce((sum, n) => sum + n, 0)
  if (counts.every((n) => n === 0)) return undefined
  const reason = `${lacking} published entries lack records of renderer ${recordsVersion}`
  await queueRenderAll(payload, reason)
  return reason
}
