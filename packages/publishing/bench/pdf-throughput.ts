/**
 * Handouts per second of the sample entry, in one thread: the number a build
 * multiplies by its worker count. Run from packages/publishing:
 *
 *   npx tsx bench/pdf-throughput.ts [seconds=10]
 *   NODE_ENV=production npx tsx bench/pdf-throughput.ts   # React without dev checks, as a build should run
 */
import { renderHandout } from '../src/pdf/index.js'
import { sampleEntry, sampleRelatedTitles, sampleSite } from '../src/test-support/sample-entry.js'

const seconds = Number(process.argv[2] ?? 10)
const options = { site: sampleSite, relatedTitles: sampleRelatedTitles }
// Between renders: without a turn of the event loop, react-pdf's memory keeps growing in a batch.
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve))

const started = performance.now()
const first = await renderHandout(sampleEntry, options)
const firstMs = performance.now() - started
for (let i = 0; i < 10; i += 1) {
  await renderHandout(sampleEntry, options)
  await yieldToEventLoop()
}

let renders = 0
const cpuBefore = process.cpuUsage()
const begin = performance.now()
while (performance.now() - begin < seconds * 1000) {
  await renderHandout(sampleEntry, options)
  await yieldToEventLoop()
  renders += 1
}
const elapsed = (performance.now() - begin) / 1000
const cpu = process.cpuUsage(cpuBefore)
// CPU time as well as wall time: on a busy machine the wall clock undercounts what one free core does.
const cpuSeconds = (cpu.user + cpu.system) / 1e6

console.log(`NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}`)
console.log(`first render (fonts loaded): ${firstMs.toFixed(0)} ms, ${first.byteLength} bytes`)
console.log(`steady state: ${renders} renders in ${elapsed.toFixed(1)} s = ${(renders / elapsed).toFixed(1)} handouts/s (wall clock)`)
console.log(`CPU: ${((cpuSeconds / renders) * 1000).toFixed(1)} ms a handout = ${(renders / cpuSeconds).toFixed(1)} handouts per CPU-second`)
console.log(`rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`)
