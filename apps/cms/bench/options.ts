/** The CMS bench's command line (apps/cms/bench/run.ts); `--help` prints it. */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { thisAppDir } from './fixtures'

export const usage = `npm run bench [-- options]   (root: every package's bench; here: the CMS's alone)

  --entries 10,1000   sizes to import and measure (default 10,1000)
  --duration S        seconds of load per route (default 5)
  --connections N     autocannon connections (default 10)
  --publishes N       publishes of one entry to time (default 5)
  --app DIR           the built apps/cms to measure (default this checkout's)
  --compare DIR       a second built apps/cms, measured after the first with the same load and
                      entries; both columns are printed (before/after)
  --several N|off     entries for the several-processes part on PostgreSQL (two web servers, two
                      workers; default: the largest of --entries; needs BENCH_POSTGRES_URI or the
                      local server .ci/run starts, else it is left out with the reason printed)
  --out FILE          where the Markdown tables go (default apps/cms/bench/results.md)`

export interface BenchOptions {
  entries: number[]
  seconds: number
  connections: number
  publishes: number
  apps: string[]
  /** Entries for the several-processes part; undefined: left out. */
  several?: number
  out: string
}

function positive(name: string, raw: string): number {
  const n = Number(raw.replace(/_/g, ''))
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a positive whole number, not "${raw}"`)
  return n
}

export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      entries: { type: 'string', default: '10,1000' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      publishes: { type: 'string', default: '5' },
      app: { type: 'string' },
      compare: { type: 'string' },
      out: { type: 'string' },
      several: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.help) return 'help'
  const entries = values.entries.split(',').map((s) => positive('entries', s.trim()))
  return {
    entries,
    seconds: positive('duration', values.duration),
    connections: positive('connections', values.connections),
    publishes: positive('publishes', values.publishes),
    apps: [path.resolve(values.app ?? thisAppDir), ...(values.compare ? [path.resolve(values.compare)] : [])],
    several: values.several === 'off' ? undefined : values.several ? positive('several', values.several) : Math.max(...entries),
    out: path.resolve(values.out ?? path.join(thisAppDir, 'bench/results.md')),
  }
}
