import { VFileMessage } from 'vfile-message'

export { VFileMessage }

declare module 'vfile-message' {
  interface VFileMessage {
    /**
     * The field a problem concerns, as the model names it: `faqs[2].answer`,
     * `responsibilities[0]`, `(entry)` for the entry as a whole. The CMS turns
     * it into Payload's path at its one boundary (`apps/cms/src/entries/field-paths.ts`).
     */
    field?: string | undefined
  }
}

/** Where a problem is and which check found it. */
export interface ProblemOptions {
  /** The check's stable name (`missing-section`, `duplicate-slug`, `broken-link` …), the message's `ruleId`. */
  rule: string
  /** A warning is text that would be changed or lost; everything else is an error (`fatal`). */
  severity?: 'error' | 'warning'
  file?: string | undefined
  line?: number | undefined
  column?: number | undefined
  field?: string | undefined
}

/**
 * Every problem this project reports, from the model's validation to a Markdown
 * file's line to the CMS's publish check: a `vfile-message` (the unified
 * collective's one problem type) with source `careers`, so editors' tools and
 * `vfile-reporter` read it as they read any linter's.
 */
export function problem(reason: string, options: ProblemOptions): VFileMessage {
  const place = options.line === undefined ? undefined : { line: options.line, column: options.column ?? 1 }
  const message = new VFileMessage(reason, { ruleId: options.rule, source: 'careers', ...(place ? { place } : {}) })
  if (options.file !== undefined) message.file = options.file
  message.fatal = (options.severity ?? 'error') === 'error'
  if (options.field !== undefined) message.field = options.field
  return message
}

/** An error, not a warning: the file is not imported, the entry not built or published. */
export const isError = (message: VFileMessage): boolean => message.fatal === true

/** What a reader is told of a problem: its field first, where it concerns one (`faqs[2].answer: is required`), and once. */
export const problemText = (message: VFileMessage): string => (message.field && !message.reason.startsWith(`${message.field}: `) ? `${message.field}: ${message.reason}` : message.reason)

/**
 * A problem moved to where it was found (a file, its line; or only out of the
 * model, to be thrown): the same check, severity and field, the field said in
 * the text too, since a file's reader, or a job's log, sees only the text.
 */
export function placed(message: VFileMessage, where: { file?: string | undefined; line?: number | undefined } = {}): VFileMessage {
  const data = toProblemData(message)
  return problem(problemText(message), { ...data, file: where.file ?? data.file, line: where.line ?? data.line, column: where.line === undefined ? data.column : undefined })
}

/** A problem as plain data: what crosses to and from a worker thread, which clones no class. */
export interface ProblemData extends ProblemOptions {
  reason: string
}

export function toProblemData(message: VFileMessage): ProblemData {
  return {
    reason: message.reason,
    rule: message.ruleId ?? 'careers',
    severity: isError(message) ? 'error' : 'warning',
    file: message.file || undefined,
    line: message.line,
    column: message.column,
    field: message.field,
  }
}

export const fromProblemData = ({ reason, ...options }: ProblemData): VFileMessage => problem(reason, options)

/** The order problems are listed in: by file, then line. */
export const byFileAndLine = (a: VFileMessage, b: VFileMessage): number => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0)
