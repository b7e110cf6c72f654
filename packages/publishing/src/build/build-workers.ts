import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defaultLocale, fromProblemData, type Locale } from '@careers/career-path'
import type { ParsedMarkdown } from '../markdown/parse-markdown.js'
import type { ParsedInWorker } from './build-worker.js'
import type { EntryOutputs, RenderJob } from './render-entry-outputs.js'

/** Parses and renders entries, in a pool of worker threads or in this thread. */
export interface BuildWorkers {
  parse(text: string, locale?: Locale): Promise<ParsedMarkdown>
  render(job: RenderJob): Promise<EntryOutputs>
  close(): Promise<void>
}

const workerFile = fileURLToPath(new URL('./build-worker.js', import.meta.url))

/**
 * `threads` workers, default one per core: a handout is CPU-bound layout work,
 * so every core renders (the bench shows the gain). 0 works in this thread, one
 * entry at a time; so does running from TypeScript sources, which have no
 * compiled worker to start.
 */
export async function createBuildWorkers(threads = availableParallelism()): Promise<BuildWorkers> {
  if (threads < 1 || !existsSync(workerFile)) return inThisThread()
  const { Piscina } = await import('piscina')
  const pool = new Piscina({
    filename: workerFile,
    minThreads: threads,
    maxThreads: threads,
    // React without its development checks; a young generation large enough
    // that a render's short-lived garbage dies young (measured: +10% handouts/s);
    // an old generation cap so each worker collects before the build nears 1 GB.
    env: { ...process.env, NODE_ENV: 'production' },
    resourceLimits: { maxYoungGenerationSizeMb: 96, maxOldGenerationSizeMb: 256 },
  })
  return {
    parse: async (text, locale = defaultLocale) => asParsed(await pool.run(locale === defaultLocale ? text : { text, locale }, { name: 'parse' })),
    render: (job) => pool.run(job, { name: 'render' }),
    close: () => pool.destroy(),
  }
}

async function inThisThread(): Promise<BuildWorkers> {
  const worker = await import('./build-worker.js')
  // One render at a time: react-pdf renders started together all stay in memory.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    parse: async (text, locale = defaultLocale) => asParsed(worker.parse(locale === defaultLocale ? text : { text, locale })),
    render: (job) => {
      const next = queue.then(() => worker.render(job))
      queue = next.catch(() => {})
      return next
    },
    close: async () => {},
  }
}

/** The worker's plain problems as messages again: what every thread returns, so the caller never sees the difference. */
function asParsed(parsed: ParsedInWorker): ParsedMarkdown {
  return { ...parsed, issues: parsed.issues.map(fromProblemData) }
}
