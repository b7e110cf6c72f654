import { paragraphs, type CareerPath } from '@careers/career-path'
import type { SiteSettings } from '@careers/publishing'
import type { Payload } from 'payload'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { outputsHash, storedOutputs } from './stored-outputs'

/** The renderer, counted: each render takes a while, as a handout does, so requests overlap it. */
const render = vi.hoisted(() => ({ calls: 0, fail: false }))
vi.mock('./renderers', () => ({
  loadOutputRenderer: async () => ({
    renderEntryOutputs: async ({ entry }: { entry: CareerPath }) => {
      render.calls++
      await new Promise((r) => setTimeout(r, 30))
      if (render.fail) throw new Error('the renderer failed')
      return { markdown: `# ${entry.title}\n`, json: '{}\n', pdf: new Uint8Array([37, 80, 68, 70]), feedItem: { id: entry.slug } }
    },
  }),
}))

/** `rendered-outputs` in memory, with the unique hash the real collection has; every query awaits, as a database does. */
function fakeStore() {
  const rows = new Map<string, Record<string, unknown>>()
  let creates = 0
  const tick = () => new Promise((r) => setTimeout(r, 1))
  const payload = {
    find: async ({ where }: { where: { hash: { equals: string } } }) => {
      await tick()
      const row = rows.get(where.hash.equals)
      return { docs: row ? [row] : [] }
    },
    create: async ({ data }: { data: Record<string, unknown> }) => {
      await tick()
      creates++
      if (rows.has(data.hash as string)) throw new Error('UNIQUE constraint failed: rendered_outputs.hash')
      rows.set(data.hash as string, data)
      return data
    },
    delete: async () => {
      await tick()
      return { docs: [] }
    },
  }
  return { payload: payload as unknown as Payload, rows, creates: () => creates }
}

const site: SiteSettings = {
  siteName: 'Careers',
  baseUrl: 'https://careers.example.com',
  language: 'en',
  feed: { title: 'Career paths', description: '' },
  callToAction: { label: '', url: '' },
  handoutFooter: '',
}
const entry = (slug: string): CareerPath => ({ title: 'Tester', slug, definition: paragraphs('Tests.'), whatTheyDo: paragraphs('Tests.'), responsibilities: ['Testing.'], specializations: [], faqs: [], related: [] })
const input = (slug = 'tester') => ({ entry: entry(slug), site, relatedTitles: {} })

describe('storedOutputs', () => {
  beforeEach(() => {
    render.calls = 0
    render.fail = false
  })

  it('renders once for 20 readers who miss the same hash at once, stores it once, and serves them all', async () => {
    const store = fakeStore()
    const results = await Promise.all(Array.from({ length: 20 }, () => storedOutputs({ payload: store.payload }, input())))
    expect(render.calls).toBe(1)
    expect(store.creates()).toBe(1)
    expect(new Set(results.map((r) => r.hash))).toEqual(new Set([outputsHash(input())]))
    // Stored now: the next reader renders nothing.
    await storedOutputs({ payload: store.payload }, input())
    expect(render.calls).toBe(1)
  })

  it('renders different entries side by side, once each', async () => {
    const store = fakeStore()
    await Promise.all(['a', 'b', 'c'].flatMap((slug) => Array.from({ length: 5 }, () => storedOutputs({ payload: store.payload }, input(slug)))))
    expect(render.calls).toBe(3)
    expect(store.rows.size).toBe(3)
  })

  it('gives every waiting reader the failure of their render, and the next reader tries again', async () => {
    const store = fakeStore()
    render.fail = true
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => storedOutputs({ payload: store.payload }, input())))
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('rejected'))
    expect(render.calls).toBe(1)
    render.fail = false
    await expect(storedOutputs({ payload: store.payload }, input())).resolves.toMatchObject({ markdown: '# Tester\n' })
    expect(render.calls).toBe(2)
  })

  it("renders a publish's outputs in its own transaction, never joining a reader's render", async () => {
    const store = fakeStore()
    const req = { transactionID: 1 }
    await Promise.all([storedOutputs({ payload: store.payload }, input()), storedOutputs({ payload: store.payload, req }, input())])
    expect(render.calls).toBe(2)
    expect(store.rows.size).toBe(1)
  })
})
