// A worker thread of the build's pool: piscina calls the export named in `run(…, { name })`.
import { toProblemData, type Locale, type ProblemData } from '@careers/career-path'
import { parseMarkdown, type ParsedMarkdown } from '../markdown/parse-markdown.js'
import { renderEntryOutputs, type EntryOutputs, type RenderJob } from './render-entry-outputs.js'

/** A file's text, and its locale when not the default. */
export type ParseTask = string | { text: string; locale: Locale }

/** A parse's result as a worker thread can send it: its problems as plain data (`fromProblemData` makes them messages again). */
export type ParsedInWorker = Omit<ParsedMarkdown, 'issues'> & { issues: ProblemData[] }

export function parse(task: ParseTask): ParsedInWorker {
  const parsed = typeof task === 'string' ? parseMarkdown(task) : parseMarkdown(task.text, { locale: task.locale })
  return { ...parsed, issues: parsed.issues.map(toProblemData) }
}

export async function render(job: RenderJob): Promise<EntryOutputs> {
  const outputs = await renderEntryOutputs(job)
  // Lets react-pdf's garbage go between renders; without it a batch keeps growing.
  await new Promise((resolve) => setImmediate(resolve))
  return outputs
}
