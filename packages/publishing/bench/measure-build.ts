// Runs `careers build` in this process and reports its wall time and peak
// memory (maxRSS covers the worker threads, which share the process).
import { run } from '../dist/cli/main.js'

const started = performance.now()
const code = await run(process.argv.slice(2), { log: () => {}, error: (m: string) => process.stderr.write(`${m}\n`) })
const seconds = (performance.now() - started) / 1000
process.stdout.write(`${JSON.stringify({ code, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`)
