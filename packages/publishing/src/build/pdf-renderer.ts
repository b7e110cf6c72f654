import type { CareerPath } from '@careers/career-path'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { SiteSettings } from '../site.js'

export interface PdfJob {
  entry: CareerPath
  site: SiteSettings
  relatedTitles: Record<string, string>
}

/** Renders handouts, in this thread or in a pool of workers. */
export interface PdfRenderer {
  render(job: PdfJob): Promise<Uint8Array>
  close(): Promise<void>
  readonly threads: number
}

const workerFile = fileURLToPath(new URL('./pdf-worker.js', import.meta.url))

/**
 * `threads` workers (default: one per core). Rendering a handout is CPU-bound
 * layout work, so a second core nearly doubles a build's PDF rate (see the
 * bench). 0 renders in this thread; so does running from TypeScript sources,
 * where there is no compiled worker to start.
 */
export async function createPdfRenderer(threads = availableParallelism()): Promise<PdfRenderer> {
  if (threads < 1 || !existsSync(workerFile)) return inThread()
  const { Piscina } = await import('piscina')
  const pool = new Piscina<PdfJob, Uint8Array>({ filename: workerFile, minThreads: threads, maxThreads: threads })
  return {
    threads,
    render: (job) => pool.run(job),
    close: () => pool.destroy(),
  }
}

async function inThread(): Promise<PdfRenderer> {
  const { renderHandout } = await import('../pdf/index.js')
  return {
    threads: 0,
    async render({ entry, site, relatedTitles }) {
      const bytes = await renderHandout(entry, { site, relatedTitles })
      // Lets react-pdf's garbage go between renders; without it a batch keeps growing.
      await new Promise((resolve) => setImmediate(resolve))
      return bytes
    },
    close: async () => {},
  }
}
