// `npm run bench`: render rates for one entry, then a cold and an unchanged
// `careers build` of 1,000 entries generated from the real ones, and a cold
// one of 1,000 entries in each of 4 locales (English and es, de, pl
// translations of every entry). Prints a table.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { careerPathFeedItem, careerPathToJson } from '../dist/feed/index.js'
import { parseMarkdown, renderMarkdown } from '../dist/markdown/index.js'
import { createElement } from 'react'
import { renderHandout } from '../dist/pdf/index.js'
import { composedCharacters } from '../dist/pdf/composed-characters.js'
import { HandoutDocument } from '../dist/pdf/handout-document.js'
import { renderDocument } from '../dist/pdf/render-document.js'
import { prepareShaping } from '../dist/pdf/shaping.js'
import { loadSiteSettings } from '../dist/build/index.js'
import { generateEntries, generateLocalizedEntries } from './generate-entries.js'

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url))
const count = Number(process.env.BENCH_ENTRIES ?? 1000)
const rows: { measure: string; result: string; target: string; ok?: boolean }[] = []

/** Calls per second of `fn`, after a warm-up, over about `seconds`. */
async function rate(fn: () => unknown | Promise<unknown>, seconds = 2): Promise<number> {
  for (let i = 0; i < 5; i++) await fn()
  let n = 0
  const start = performance.now()
  while (performance.now() - start < seconds * 1000) {
    await fn()
    n++
  }
  return n / ((performance.now() - start) / 1000)
}

const source = await readFile(join(contentDir, 'career-paths', 'backend-developer.md'), 'utf8')
const entry = parseMarkdown(source).entry!
const { settings: site } = await loadSiteSettings(contentDir)
if (!site) throw new Error('content/site.yml does not load')
const markdown = renderMarkdown(entry)

const mdRate = await rate(() => renderMarkdown(entry))
rows.push({ measure: 'Markdown render, one entry', result: `${mdRate.toFixed(0)} /s`, target: '≥ 500 /s', ok: mdRate >= 500 })
const parseRate = await rate(() => parseMarkdown(source))
rows.push({ measure: 'Markdown parse, one entry', result: `${parseRate.toFixed(0)} /s`, target: '' })
const jsonRate = await rate(() => careerPathToJson(entry, site))
rows.push({ measure: 'Structured JSON (<slug>.json), one entry', result: `${jsonRate.toFixed(0)} /s`, target: '' })
const feedRate = await rate(() => careerPathFeedItem({ entry, markdown, json: careerPathToJson(entry, site), sizes: { pdf: 1, markdown: 1 } }, site))
rows.push({ measure: 'Structured JSON + feed item, one entry', result: `${feedRate.toFixed(0)} /s`, target: '' })
// Tagged against untagged (the handout as it was before tagging), in turns, so
// both see the same machine: this VM's speed drifts from minute to minute.
const untagged = composedCharacters(entry)
await prepareShaping() // what renderHandout does first: fonts registered and shaped alike for both
const handoutRates = { tagged: [] as number[], untagged: [] as number[] }
for (let round = 0; round < 3; round++) {
  handoutRates.untagged.push(
    await rate(async () => {
      await renderDocument(createElement(HandoutDocument, { entry: untagged, site, tagged: false }))
      await new Promise((r) => setImmediate(r))
    }, 3),
  )
  handoutRates.tagged.push(
    await rate(async () => {
      await renderHandout(entry, { site })
      await new Promise((r) => setImmediate(r))
    }, 3),
  )
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
const [untaggedRate, pdfRate] = [mean(handoutRates.untagged), mean(handoutRates.tagged)]
const tagCost = 1 - pdfRate / untaggedRate
rows.push({ measure: 'PDF handout, one entry, one thread, untagged (before)', result: `${untaggedRate.toFixed(1)} /s`, target: '' })
rows.push({ measure: 'PDF handout, one entry, one thread, tagged', result: `${pdfRate.toFixed(1)} /s`, target: '' })
rows.push({ measure: 'Tagging cost (handouts/s lost)', result: `${(tagCost * 100).toFixed(1)} %`, target: '≤ 15 %', ok: tagCost <= 0.15 })

const root = await mkdtemp(join(tmpdir(), 'careers-bench-'))
try {
  const content = join(root, 'content')
  const out = join(root, 'dist')
  await generateEntries(contentDir, content, count)
  const measure = async (contentDir = content, outDir = out, threads?: number) => {
    const script = fileURLToPath(new URL('./measure-build.ts', import.meta.url))
    // Wherever npm put tsx: the measured build runs in a process of its own, for a true peak memory.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, contentDir, outDir, ...(threads ? [String(threads)] : [])], { maxBuffer: 1 << 26 })
    return JSON.parse(stdout.trim().split('\n').pop()!) as {
      errors: number
      warnings: number
      rendered: number
      seconds: number
      steady?: number
      bookSeconds: number
      maxRssMb: number
    }
  }
  const cold = await measure()
  if (cold.errors !== 0 || cold.rendered !== count) throw new Error(`cold build: ${cold.errors} errors, ${cold.rendered} rendered`)
  const handoutSeconds = cold.seconds - cold.bookSeconds
  rows.push({ measure: `Cold build, ${count} entries: wall time to the last handout`, result: `${handoutSeconds.toFixed(1)} s`, target: '< 60 s', ok: handoutSeconds < 60 })
  rows.push({ measure: `Cold build, ${count} entries: wall time with the book`, result: `${cold.seconds.toFixed(1)} s`, target: '' })
  rows.push({ measure: `Cold build, ${count} entries: handouts/s, steady state`, result: `${cold.steady!.toFixed(1)} /s`, target: '≥ 25 /s', ok: cold.steady! >= 25 })
  rows.push({ measure: `Cold build, ${count} entries: handouts/s, overall (to the last handout)`, result: `${(count / handoutSeconds).toFixed(1)} /s`, target: '' })
  rows.push({ measure: `Book of ${count} entries (in the cold build, after the handouts)`, result: `${cold.bookSeconds.toFixed(1)} s`, target: '< 90 s', ok: cold.bookSeconds < 90 })
  rows.push({ measure: `Cold build, ${count} entries: peak memory, the book included`, result: `${cold.maxRssMb.toFixed(0)} MB`, target: '< 2048 MB', ok: cold.maxRssMb < 2048 })
  const warm = await measure()
  if (warm.rendered !== 0) throw new Error(`unchanged rebuild rendered ${warm.rendered}`)
  rows.push({ measure: `Unchanged rebuild, ${count} entries: wall time`, result: `${warm.seconds.toFixed(2)} s`, target: '< 3 s', ok: warm.seconds < 3 })
  rows.push({ measure: `Unchanged rebuild, ${count} entries: peak memory`, result: `${warm.maxRssMb.toFixed(0)} MB`, target: '' })

  // Whether worker threads pay on this machine: the same 200 entries on one worker.
  const small = join(root, 'small')
  await generateEntries(contentDir, small, 200)
  const one = await measure(small, join(root, 'small-one'), 1)
  const all = await measure(small, join(root, 'small-all'))
  rows.push({ measure: 'Cold build, 200 entries, 1 worker: handouts/s, steady', result: `${one.steady!.toFixed(1)} /s`, target: '' })
  rows.push({ measure: `Cold build, 200 entries, ${availableParallelism()} workers: handouts/s, steady`, result: `${all.steady!.toFixed(1)} /s`, target: '' })

  // The static site in every locale: each entry in English and translated into es, de and pl,
  // each locale's handouts, feed and book (the books one after another, once every handout is done).
  const localized = join(root, 'locales')
  const generated = await generateLocalizedEntries(contentDir, localized, count)
  const locales = Object.keys(generated).length
  const many = await measure(localized, join(root, 'locales-dist'))
  if (many.errors !== 0 || many.rendered !== count * locales) throw new Error(`cold build in ${locales} locales: ${many.errors} errors, ${many.rendered} rendered`)
  const manyHandoutSeconds = many.seconds - many.bookSeconds
  const inLocales = `${count} entries × ${locales} locales`
  rows.push({ measure: `Cold build, ${inLocales}: wall time to the last handout`, result: `${manyHandoutSeconds.toFixed(1)} s`, target: '' })
  rows.push({ measure: `Cold build, ${inLocales}: wall time (books included)`, result: `${many.seconds.toFixed(1)} s`, target: '< 180 s', ok: many.seconds < 180 })
  rows.push({ measure: `Cold build, ${inLocales}: the ${locales} books (after the handouts)`, result: `${many.bookSeconds.toFixed(1)} s`, target: '' })
  rows.push({ measure: `Cold build, ${inLocales}: peak memory`, result: `${many.maxRssMb.toFixed(0)} MB`, target: '< 1536 MB', ok: many.maxRssMb < 1536 })
  rows.push({ measure: `Cold build, ${inLocales}: warnings`, result: `${many.warnings}`, target: '' })
} finally {
  await rm(root, { recursive: true, force: true })
}

const width = (k: 'measure' | 'result' | 'target') => Math.max(k.length, ...rows.map((r) => r[k].length))
const line = (m: string, r: string, t: string, s: string) => `| ${m.padEnd(width('measure'))} | ${r.padStart(width('result'))} | ${t.padEnd(width('target'))} | ${s.padEnd(4)} |`
console.log(line('measure', 'result', 'target', 'met'))
console.log(`|${'-'.repeat(width('measure') + 2)}|${'-'.repeat(width('result') + 2)}|${'-'.repeat(width('target') + 2)}|------|`)
for (const r of rows) console.log(line(r.measure, r.result, r.target, r.ok === undefined ? '' : r.ok ? 'yes' : 'NO'))
