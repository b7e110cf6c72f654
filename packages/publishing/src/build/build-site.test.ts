import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scratchContent } from '../test-support/content-fixture.js'
import { buildSite } from './build-site.js'
import { readPdfText } from '../test-support/pdf-text.js'
import { bookFile, outputPaths } from './output-paths.js'

let scratch: Awaited<ReturnType<typeof scratchContent>>
const build = (extra: { baseUrl?: string } = {}) => buildSite({ contentDir: scratch.content, outDir: scratch.out, threads: 0, ...extra })
const mtimes = async (slug: string) => Promise.all(Object.values(outputPaths(scratch.out, slug)).map(async (f) => (await stat(f)).mtimeMs))
const feed = async () => JSON.parse(await readFile(join(scratch.out, 'feed.json'), 'utf8'))

beforeEach(async () => {
  scratch = await scratchContent()
})
afterEach(() => scratch.remove())

describe('buildSite', () => {
  it('writes every format of every entry and a feed with one item each', async () => {
    const result = await build()
    expect(result.issues).toEqual([])
    expect(result.rendered).toEqual([...scratch.slugs].sort())
    for (const slug of scratch.slugs) {
      const paths = outputPaths(scratch.out, slug)
      expect(await readFile(paths.markdown, 'utf8')).toBe(await scratch.read(slug))
      expect((await readFile(paths.pdf)).subarray(0, 5).toString()).toBe('%PDF-')
      expect(JSON.parse(await readFile(paths.json, 'utf8')).slug).toBe(slug)
    }
    expect((await feed()).items.map((i: { _career_path: { slug: string } }) => i._career_path.slug).sort()).toEqual([...scratch.slugs].sort())
  })

  it('renders nothing and rewrites nothing when nothing changed', async () => {
    await build()
    const before = await Promise.all(scratch.slugs.map(mtimes))
    const siteFiles = ['feed.json', 'feed-extension.md', 'career-paths.pdf'].map((f) => join(scratch.out, f))
    const siteBefore = await Promise.all(siteFiles.map(async (f) => (await stat(f)).mtimeMs))
    const again = await build()
    expect(again.rendered).toEqual([])
    expect(again.unchanged).toHaveLength(scratch.slugs.length)
    expect(await Promise.all(scratch.slugs.map(mtimes))).toEqual(before)
    expect(await Promise.all(siteFiles.map(async (f) => (await stat(f)).mtimeMs))).toEqual(siteBefore)
  })

  it('is the same build however the folders are spelled: nothing re-renders, and a broken entry keeps its outputs', async () => {
    await build()
    const { relative } = await import('node:path')
    const respelled = { contentDir: relative(process.cwd(), scratch.content), outDir: relative(process.cwd(), scratch.out), threads: 0 }
    expect((await buildSite(respelled)).rendered).toEqual([])
    const good = await readFile(outputPaths(scratch.out, 'devops-engineer').pdf)
    await scratch.edit('devops-engineer', (t) => t.replace('title: DevOps Engineer', 'title:'))
    const broken = await buildSite({ ...respelled, contentDir: `${scratch.content}/` })
    expect(broken.kept).toEqual(['devops-engineer.md'])
    expect(broken.removed).toEqual([])
    expect(await readFile(outputPaths(scratch.out, 'devops-engineer').pdf)).toEqual(good)
  })

  it('reports a file it cannot read at that file, keeps its last outputs, and builds the others', async () => {
    await build()
    const { mkdir, rm, symlink } = await import('node:fs/promises')
    await rm(scratch.entryFile('qa-engineer'))
    await mkdir(scratch.entryFile('qa-engineer'))
    await symlink(join(scratch.root, 'nowhere.md'), scratch.entryFile('ghost'))
    await scratch.edit('backend-developer', (t) => t.replace('- Managing and maintaining databases.', '- Managing, tuning and maintaining databases.'))
    const result = await build()
    expect(result.issues).toMatchObject([
      { file: scratch.entryFile('ghost'), line: 1, fatal: true, ruleId: 'unreadable', source: 'careers', reason: 'cannot read: no such file or folder' },
      { file: scratch.entryFile('qa-engineer'), line: 1, fatal: true, ruleId: 'unreadable', source: 'careers', reason: 'cannot read: is a folder, not a file' },
    ])
    expect(result.rendered).toEqual(['backend-developer'])
    expect(result.kept).toEqual(['qa-engineer.md'])
    expect(result.removed).toEqual([])
    await expect(stat(outputPaths(scratch.out, 'qa-engineer').pdf)).resolves.toBeDefined()
    expect((await feed()).items).toHaveLength(scratch.slugs.length)
  })

  it('reports a content folder that does not exist, by its path', async () => {
    const result = await buildSite({ contentDir: join(scratch.root, 'missing'), outDir: scratch.out, threads: 0 })
    expect(result.issues).toContainEqual(expect.objectContaining({ file: join(scratch.root, 'missing', 'site.yml'), line: 1 }))
  })

  it('re-renders only the changed entry, and the feed', async () => {
    await build()
    const untouched = await mtimes('qa-engineer')
    await scratch.edit('backend-developer', (t) => t.replace('- Managing and maintaining databases.', '- Managing, tuning and maintaining databases.'))
    const result = await build()
    expect(result.rendered).toEqual(['backend-developer'])
    expect(await mtimes('qa-engineer')).toEqual(untouched)
    expect(await readFile(outputPaths(scratch.out, 'backend-developer').markdown, 'utf8')).toContain('Managing, tuning and maintaining')
    const item = (await feed()).items.find((i: { id: string }) => i.id.endsWith(':backend-developer'))
    expect(item.content_text).toContain('Managing, tuning and maintaining')
  })

  it('writes the book of every entry, and renders it again only when an entry or the settings changed', async () => {
    const first = await build()
    expect(first.bookRendered).toBe(true)
    const book = bookFile(scratch.out)
    const before = (await stat(book)).mtimeMs
    const unchanged = await build()
    expect(unchanged.bookRendered).toBe(false)
    expect((await stat(book)).mtimeMs).toBe(before)
    await scratch.edit('backend-developer', (t) => t.replace('- Managing and maintaining databases.', '- Managing, tuning and maintaining databases.'))
    const changed = await build()
    expect(changed.bookRendered).toBe(true)
    const text = (await readPdfText(await readFile(book))).text.replace(/\s+/g, ' ')
    expect(text).toContain('Managing, tuning and maintaining databases.')
    for (const slug of scratch.slugs) expect(text).toContain(`https://careers.example.com/career-paths/${slug}`)
    const rebased = await build({ baseUrl: 'https://paths.example.org' })
    expect(rebased.bookRendered).toBe(true)
    expect((await readPdfText(await readFile(book))).text).toContain('https://paths.example.org/career-paths/backend-developer')
  })

  it('after a build stopped in the book, renders the book alone', async () => {
    await build()
    // What a build that died while rendering the book leaves: the manifest saved before it, with the last book's key.
    const manifestFile = join(scratch.out, '.careers-manifest.json')
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8'))
    const { writeFile } = await import('node:fs/promises')
    await writeFile(manifestFile, JSON.stringify({ ...manifest, book: { ...manifest.book, key: 'the last book' } }))
    const resumed = await build()
    expect(resumed.rendered).toEqual([])
    expect(resumed.bookRendered).toBe(true)
    expect((await build()).bookRendered).toBe(false)
  })

  it('re-renders the entries that link to an entry whose title changed', async () => {
    await build()
    await scratch.edit('mobile-developer', (t) => t.replace('title: Mobile Developer', 'title: Mobile App Developer'))
    const result = await build()
    const linkers = []
    for (const slug of scratch.slugs) if ((await scratch.read(slug)).includes('(mobile-developer.md)')) linkers.push(slug)
    expect(result.rendered).toEqual(['mobile-developer', ...linkers].sort())
    expect(await readFile(outputPaths(scratch.out, 'frontend-developer').markdown, 'utf8')).toContain('[Mobile App Developer](mobile-developer.md)')
  })

  it('removes the outputs of a deleted entry', async () => {
    await build()
    // Unlink it from the others first, so the build stays clean.
    for (const slug of scratch.slugs) await scratch.edit(slug, (t) => t.replace(/^- \[[^\]]*\]\(qa-engineer\.md\)\n/m, ''))
    const { rm } = await import('node:fs/promises')
    await rm(scratch.entryFile('qa-engineer'))
    const result = await build()
    expect(result.issues).toEqual([])
    expect(result.removed).toEqual(['qa-engineer'])
    await expect(stat(outputPaths(scratch.out, 'qa-engineer').pdf)).rejects.toThrow()
    expect((await feed()).items).toHaveLength(scratch.slugs.length - 1)
  })

  it('uses --base-url for every URL but keeps ids', async () => {
    await build({ baseUrl: 'https://other.example.org/' })
    const item = (await feed()).items[0]
    expect(item.url).toMatch(/^https:\/\/other\.example\.org\/career-paths\//)
    expect(item.attachments[0].url).toMatch(/^https:\/\/other\.example\.org\//)
    expect(item.id).not.toContain('other.example.org')
  })

  it('reports bad entries with file and line, and still builds the others', async () => {
    await scratch.edit('api-developer', (t) => t.replace('slug: api-developer', 'slug: [api-developer'))
    await scratch.edit('qa-engineer', (t) => t.replace(/## Definition of a QA Engineer\n\n[^\n]+\n\n/, ''))
    await scratch.write('backend-developer-copy', await scratch.read('backend-developer'))
    await scratch.edit('data-engineer', (t) => t.replace('€', '[click](javascript:alert(1)) €'))
    const result = await build()
    const where = (slug: string) => result.issues.filter((i) => i.file === scratch.entryFile(slug))
    // YAML notices the unclosed list on the line after it opens.
    expect(where('api-developer')).toEqual([expect.objectContaining({ line: 4, message: expect.stringMatching(/^front matter: Flow sequence/) })])
    expect(where('qa-engineer')[0]?.message).toContain('missing section "## Definition of a QA Engineer"')
    expect(where('backend-developer-copy')).toEqual([
      expect.objectContaining({ line: 3, ruleId: 'duplicate-slug', source: 'careers', fatal: true, message: `slug "backend-developer" is already used by ${scratch.entryFile('backend-developer')}` }),
    ])
    const unsafe = where('data-engineer')[0]!
    expect(unsafe.message).toContain('javascript:alert(1)')
    expect((await scratch.read('data-engineer')).split('\n')[unsafe.line! - 1]).toContain('javascript:')
    expect(result.rendered).toEqual(scratch.slugs.filter((s) => !['api-developer', 'qa-engineer', 'data-engineer'].includes(s)).sort())
  })

  it('a slug that is not a slug fails only its own file: the entries linking to it still build', async () => {
    await scratch.edit('backend-developer', (t) => t.replace('slug: backend-developer', 'slug: Backend Developer'))
    const result = await build()
    expect(result.issues).toEqual([expect.objectContaining({ file: scratch.entryFile('backend-developer'), line: 3, message: expect.stringMatching(/^slug: /) })])
    expect(result.rendered).toEqual(scratch.slugs.filter((s) => s !== 'backend-developer').sort())
  })

  it('warns, on every build, about a handout longer than 3 pages, and still publishes it', async () => {
    const longAnswer = 'A longer answer than most, with the detail a reader asked for and then some more of it. '.repeat(6)
    const faqs = Array.from({ length: 10 }, (_, i) => `### Question number ${i + 1}?\n\n${longAnswer}\n`).join('\n')
    await scratch.edit('qa-engineer', (t) => t.replace(/(## FAQs about being a QA Engineer\n\n)/, `$1${faqs}\n`))
    for (const attempt of ['rendered', 'unchanged']) {
      const result = await build()
      expect(result.issues, attempt).toEqual([])
      expect(result.warnings, attempt).toMatchObject([
        { file: scratch.entryFile('qa-engineer'), line: 1, fatal: false, ruleId: 'handout-length', reason: expect.stringMatching(/^the handout is [4-9] A4 pages; a handout is 1 to 3/) },
      ])
    }
    await expect(stat(outputPaths(scratch.out, 'qa-engineer').pdf)).resolves.toBeDefined()
  })

  it('keeps the last good outputs of an entry that breaks', async () => {
    await build()
    const good = await readFile(outputPaths(scratch.out, 'devops-engineer').markdown, 'utf8')
    await scratch.edit('devops-engineer', (t) => t.replace('title: DevOps Engineer', 'title:'))
    const result = await build()
    expect(result.issues.some((i) => i.file === scratch.entryFile('devops-engineer'))).toBe(true)
    expect(result.kept).toEqual(['devops-engineer.md'])
    expect(await readFile(outputPaths(scratch.out, 'devops-engineer').markdown, 'utf8')).toBe(good)
    expect((await feed()).items).toHaveLength(scratch.slugs.length)
  })

  it('says what site.yml must be when it is not a mapping, even with --base-url', async () => {
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(scratch.content, 'site.yml'), 'just a sentence\n')
    const result = await build({ baseUrl: 'https://example.org' })
    expect(result.issues).toEqual([expect.objectContaining({ file: join(scratch.content, 'site.yml'), line: 1, message: expect.stringMatching(/mapping/) })])
  })

  it('names the settings file and key when site.yml is wrong', async () => {
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(scratch.content, 'site.yml'), 'siteName: X\nbaseUrl: not a url\n')
    const result = await build()
    expect(result.rendered).toEqual([])
    expect(result.issues).toContainEqual(expect.objectContaining({ file: join(scratch.content, 'site.yml'), line: 2, message: expect.stringContaining('baseUrl') }))
  })
})
