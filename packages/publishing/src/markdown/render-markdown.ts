import type { CareerPath } from '@careers/career-path'
import { careerPathToMdast, type EntryToMdastOptions } from './entry-to-mdast.js'
import { markdownProcessor } from './processor.js'

/** The entry as canonical Markdown (brief: "Canonical Markdown"). Same entry, same bytes. */
export function renderMarkdown(entry: CareerPath, options: EntryToMdastOptions = {}): string {
  return markdownProcessor.stringify(careerPathToMdast(entry, options))
}
