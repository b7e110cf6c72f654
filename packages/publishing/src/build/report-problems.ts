import { isError, type VFileMessage } from '@careers/career-path'

/** How a file is named in a report (the CLI: relative to where it ran); default its path as recorded. */
export type FileName = (file: string) => string

/**
 * Problems as the brief prints them and editors and CI annotate them: one line
 * each, `file:line: message` (`file:line: warning: message` for a warning), in
 * the order given. The one way problems are printed: `careers lint`, `careers
 * build` and the CMS's import. (Not `vfile-reporter`'s layout: it names a file
 * once above its problems, and each line here must name its file.)
 */
export function reportProblems(messages: readonly VFileMessage[], name: FileName = (file) => file): string[] {
  return messages.map((message) => `${name(message.file ?? '')}:${message.line ?? 1}: ${isError(message) ? '' : 'warning: '}${message.reason}`)
}
