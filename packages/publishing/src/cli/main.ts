import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import mri from 'mri'
import { buildSite } from '../build/build-site.js'
import { byFileAndLine, isError, type VFileMessage } from '@careers/career-path'
import { lintContent } from '../build/lint-content.js'
import { reportProblems } from '../build/report-problems.js'
import { MirrorError, mirrorStateFileName } from '../mirror/mirror-state.js'
import { mirrorSite } from '../mirror/mirror.js'
import { progressReporter } from './progress.js'
import { usage } from './usage.js'

type Out = Pick<Console, 'log' | 'error'>

const options = {
  string: ['content', 'out', 'base-url', 'threads'],
  boolean: ['help', 'version', 'quiet'],
  alias: { h: 'help', v: 'version' },
}
const known = new Set(['_', ...options.string, ...options.boolean, ...Object.keys(options.alias)])

/** The `careers` command. Returns the exit code: 0 fine, 1 problems found, 2 bad usage. */
export async function run(argv: string[], out: Out = console): Promise<number> {
  const args = mri(argv, options)
  const [command, ...rest] = args._
  if (args.version) {
    out.log(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version)
    return 0
  }
  if (args.help || !command) {
    out.log(usage)
    return command || args.help ? 0 : 2
  }
  const unknown = Object.keys(args).filter((k) => !known.has(k))
  if (unknown.length) return usageError(out, `unknown option --${unknown[0]}`)
  switch (command) {
    case 'build':
      if (rest.length) return usageError(out, `build takes no arguments (got "${rest[0]}"); use --content DIR`)
      return build(args, out)
    case 'lint':
      if (rest.length > 1) return usageError(out, 'lint takes one folder')
      return lint(rest[0] ?? 'content', out)
    case 'mirror':
      if (rest.length !== 2) return usageError(out, 'mirror takes a site and a folder: careers mirror <base-url> <dir>')
      return mirror(String(rest[0]), String(rest[1]), Boolean(args.quiet), out)
    default:
      return usageError(out, `unknown command "${command}"`)
  }
}

async function build(args: Record<string, unknown>, out: Out): Promise<number> {
  const contentDir = (args.content as string | undefined) ?? 'content'
  const outDir = (args.out as string | undefined) ?? 'dist'
  const threads = args.threads === undefined ? undefined : Number(args.threads)
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0)) return usageError(out, '--threads takes a whole number')
  const started = performance.now()
  const progress = args.quiet ? undefined : progressReporter('Rendering')
  const result = await buildSite({
    contentDir,
    outDir,
    ...(args['base-url'] !== undefined ? { baseUrl: String(args['base-url']) } : {}),
    ...(threads !== undefined ? { threads: threads } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
  })
  report([...result.issues, ...result.warnings].sort(byFileAndLine), out)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const built = result.rendered.length + result.unchanged.length
  out.log(
    `Built ${built} entries into ${outDir} in ${seconds}s: ` +
      `${result.rendered.length} rendered, ${result.unchanged.length} unchanged` +
      (result.removed.length ? `, ${result.removed.length} removed` : '') +
      (result.kept.length ? `, ${result.kept.length} failed (last good version kept)` : '') +
      (result.bookRendered ? '; the book rendered' : ''),
  )
  if (result.issues.length) {
    out.error(`${result.issues.length} error${result.issues.length === 1 ? '' : 's'}; ${built ? 'the other entries were built' : 'nothing was built'}.`)
    return 1
  }
  return 0
}

/** Every problem, warnings too, makes lint fail: a warning is text that would be changed or lost. */
async function lint(dir: string, out: Out): Promise<number> {
  const issues = await lintContent(dir)
  report(issues, out)
  const errors = issues.filter(isError).length
  const warnings = issues.length - errors
  out.log(issues.length ? `${errors} error(s), ${warnings} warning(s)` : `No problems in ${dir}.`)
  return issues.length ? 1 : 0
}

/** Follows the site's /changes.json into DIR; safe to interrupt and run again (the cursor is stored after each page). */
async function mirror(baseUrl: string, dir: string, quiet: boolean, out: Out): Promise<number> {
  if (!/^https?:\/\/[^/]/.test(baseUrl)) return usageError(out, `mirror needs the site's address (http:// or https://), not "${baseUrl}"`)
  try {
    const result = await mirrorSite({ baseUrl, dir, ...(quiet ? {} : { onPage: ({ changes }) => out.error(`Applied ${changes} change${changes === 1 ? '' : 's'}`) }) })
    if (result.restarted) out.error(`The site no longer holds the stored cursor's history: the copy in ${dir} was made again from the beginning.`)
    out.log(`Mirrored ${result.changes} change${result.changes === 1 ? '' : 's'} into ${dir}: ${result.written} written, ${result.removed} removed; cursor stored in ${mirrorStateFileName}.`)
    return 0
  } catch (error) {
    if (!(error instanceof MirrorError)) throw error
    out.error(`careers mirror: ${error.message}`)
    return 1
  }
}

function report(issues: VFileMessage[], out: Out) {
  for (const line of reportProblems(issues, (file) => relative(process.cwd(), file) || file)) out.error(line)
}

function usageError(out: Out, message: string): number {
  out.error(`careers: ${message}\n\n${usage}`)
  return 2
}
