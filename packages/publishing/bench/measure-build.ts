// Runs one `careers build` in this process and reports its wall time, its
// steady-state rate (entries finished per second between 10% and 90% done,
// so worker start-up and the last stragglers don't count) and peak memory
// (maxRSS covers the worker threads, which share the process), and the time
// from the last handout to the end: the book, written after every entry.
import { buildSite } from '../dist/build/index.js'

const [contentDir, outDir, threads] = process.argv.slice(2)
const marks: number[] = []
let lastHandout = performance.now()
const started = performance.now()
const result = await buildSite({
  contentDir: contentDir!,
  outDir: outDir!,
  ...(threads ? { threads: Number(threads) } : {}),
  onProgress: ({ done, total }) => {
    if (done === Math.ceil(total * 0.1) || done === Math.floor(total * 0.9)) marks.push(performance.now())
    if (done === total) lastHandout = performance.now()
  },
})
const ended = performance.now()
const seconds = (ended - started) / 1000
const bookSeconds = (ended - lastHandout) / 1000
const total = result.rendered.length
const steady = marks.length === 2 ? (Math.floor(total * 0.9) - Math.ceil(total * 0.1)) / ((marks[1]! - marks[0]!) / 1000) : undefined
process.stdout.write(`${JSON.stringify({ errors: result.issues.length, warnings: result.warnings.length, rendered: total, seconds, steady, bookSeconds, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`)
