import type { PhrasingContent } from 'mdast'
import { TextFormat } from './types.js'

/** The text format bits rich text can hold; any other bit is refused. */
export const allowedFormat = TextFormat.bold | TextFormat.italic | TextFormat.code

/**
 * Inline content between Lexical and mdast: text with its format bits, line
 * breaks, and links holding runs of their own. Lexical keeps formatting as
 * bits on text while mdast nests it, so both directions go through runs.
 */
export type Run = { kind: 'text'; value: string; format: number } | { kind: 'break' } | { kind: 'link'; url: string; runs: Run[] }

/** Adjacent text of one format joined, empty text gone: what Lexical's own normalization leaves. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = []
  for (const run of runs) {
    if (run.kind === 'text' && run.value === '') continue
    const last = out[out.length - 1]
    if (run.kind === 'text' && last?.kind === 'text' && last.format === run.format) {
      out[out.length - 1] = { ...last, value: last.value + run.value }
    } else {
      out.push(run)
    }
  }
  return out
}

/**
 * The outer-to-inner order of marks: link, then strong, then emphasis, then
 * inline code or text. Links come first because a Lexical link is an element
 * around formatted text; strong before emphasis is the one order chosen so
 * each format has a single mdast shape. A mark spans as many neighbouring runs
 * as carry it, so `**a *b***` stays one strong.
 */
const marks = [
  { bit: TextFormat.bold, wrap: (children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children }) },
  { bit: TextFormat.italic, wrap: (children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children }) },
] as const

/** mdast phrasing in the canonical nesting for merged runs. */
export function runsToPhrasing(runs: readonly Run[], depth = 0): PhrasingContent[] {
  const mark = marks[depth]
  if (!mark) return runs.map(leaf)
  const out: PhrasingContent[] = []
  let i = 0
  while (i < runs.length) {
    const marked = carries(runs[i]!, mark.bit)
    let j = i
    while (j < runs.length && carries(runs[j]!, mark.bit) === marked) j++
    const inner = runsToPhrasing(runs.slice(i, j), depth + 1)
    if (marked) out.push(mark.wrap(inner))
    else out.push(...inner)
    i = j
  }
  return out
}

// A break or a link never carries a mark: breaks have no format in Lexical, and
// a link's formatting lives on the text inside it.
function carries(run: Run, bit: number): boolean {
  return run.kind === 'text' && (run.format & bit) !== 0
}

function leaf(run: Run): PhrasingContent {
  switch (run.kind) {
    case 'text':
      return run.format & TextFormat.code ? { type: 'inlineCode', value: run.value } : { type: 'text', value: run.value }
    case 'break':
      return { type: 'break' }
    case 'link':
      return { type: 'link', url: run.url, children: runsToPhrasing(run.runs) }
  }
}
