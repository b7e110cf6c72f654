// A worker thread of the build's pool: piscina calls the export named in `run(…, { name })`.
import { parseMarkdown, type ParsedMarkdown } from '../markdown/parse-markdown.js'
import { renderEntryOutputs, type EntryOutputs, type RenderJob } from './render-entry-outputs.js'

export function parse(text: string): ParsedMarkdown {
  return parseMarkdown(text)
}

export async function render(job: RenderJob): Promise<EntryOutputs> {
  const outputs = await renderEntryOutputs(job)
  // Lets react-pdf's garbage go between renders; without it a batch keeps growing.
  await new Promise((resolve) => setImmediate(resolve))
  return outputs
}
