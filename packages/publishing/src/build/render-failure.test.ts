import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { scratchContent } from '../test-support/content-fixture.js'
import { buildSite } from './build-site.js'
import { outputPaths } from './output-paths.js'

// A handout that throws for one entry, the way a renderer bug would: the build must go on.
const failing = vi.hoisted(() => ({ slug: '' }))
vi.mock('../pdf/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../pdf/index.js')>()
  return {
    ...actual,
    renderHandout: (entry: { slug: string }, options: Parameters<typeof actual.renderHandout>[1]) =>
      entry.slug === failing.slug ? Promise.reject(new Error('the layout engine gave up')) : actual.renderHandout(entry as never, options),
  }
})

let scratch: Awaited<ReturnType<typeof scratchContent>>
const build = () => buildSite({ contentDir: scratch.content, outDir: scratch.out, threads: 0 })
beforeEach(async () => {
  scratch = await scratchContent()
  failing.slug = ''
})
afterEach(() => scratch.remove())

describe('buildSite when rendering one entry throws', () => {
  it('reports it at its file, builds the others, and keeps its last good outputs', async () => {
    await build()
    const good = await readFile(outputPaths(scratch.out, 'qa-engineer').markdown, 'utf8')
    await scratch.edit('qa-engineer', (t) => t.replace('- Designing test plans and test cases.', '- Designing test plans, charters and test cases.'))
    await scratch.edit('backend-developer', (t) => t.replace('- Managing and maintaining databases.', '- Managing, tuning and maintaining databases.'))
    failing.slug = 'qa-engineer'
    const result = await build()
    expect(result.issues).toMatchObject([{ file: scratch.entryFile('qa-engineer'), line: 1, fatal: true, ruleId: 'render-failed', reason: 'could not render: the layout engine gave up' }])
    expect(result.rendered).toEqual(['backend-developer'])
    expect(result.kept).toEqual(['qa-engineer.md'])
    expect(await readFile(outputPaths(scratch.out, 'qa-engineer').markdown, 'utf8')).toBe(good)
    const feed = JSON.parse(await readFile(join(scratch.out, 'feed.json'), 'utf8'))
    expect(feed.items).toHaveLength(scratch.slugs.length)
  })
})
