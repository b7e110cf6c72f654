import { renderHandout } from '../pdf/index.js'
import type { PdfJob } from './pdf-renderer.js'

/** One handout per task, in a worker thread of the build's pool. */
export default async function renderInWorker({ entry, site, relatedTitles }: PdfJob): Promise<Uint8Array> {
  const bytes = await renderHandout(entry, { site, relatedTitles })
  await new Promise((resolve) => setImmediate(resolve))
  return bytes
}
