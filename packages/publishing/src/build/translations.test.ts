import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { translationRevision } from '@careers/career-path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseMarkdown } from '../markdown/parse-markdown.js'
import { scratchContent } from '../test-support/content-fixture.js'
import { buildSite } from './build-site.js'
import { lintContent } from './lint-content.js'
import { reportProblems } from './report-problems.js'
import { outputPaths } from './output-paths.js'

let scratch: Awaited<ReturnType<typeof scratchContent>>
beforeEach(async () => {
  scratch = await scratchContent({ translations: true })
})
afterEach(() => scratch.remove())

/** Lint's problems as it prints them, paths relative to the content folder. */
const lint = async () => reportProblems(await lintContent(scratch.content), (file) => relative(scratch.content, file))
/** The 1-based line of the first line of a file that starts with `prefix`. */
const lineOf = (text: string, prefix: string) => text.split('\n').findIndex((l) => l.startsWith(prefix)) + 1

describe('careers lint: translations', () => {
  it('finds no problem in the shipped content', async () => {
    expect(await lint()).toEqual([])
  })

  it('names a form of the title the headings need and the front matter lacks, at its file and line', async () => {
    await scratch.editTranslation('de', 'backend-developer', (t) => t.replace('  genitive: eines Backend-Entwicklers\n', ''))
    const text = await readFile(scratch.translationFile('de', 'backend-developer'), 'utf8')
    expect(await lint()).toEqual([
      `de/career-paths/backend-developer.md:${lineOf(text, 'forms:')}: forms.genitive is missing: the Deutsch heading "Die wichtigsten Aufgaben {genitive}" needs the title in that form (front matter: forms: { genitive: … })`,
    ])
    const [message] = await lintContent(scratch.content)
    expect([message!.file, message!.line, message!.ruleId, message!.source, message!.fatal]).toEqual([scratch.translationFile('de', 'backend-developer'), lineOf(text, 'forms:'), 'missing-form', 'careers', true])
  })

  it('says when a translation’s sections are not its source’s', async () => {
    await scratch.editTranslation('pl', 'api-developer', (t) => t.replace(/### Czy warto zostać programistą API\?\n\n[^\n]*\n\n/, ''))
    const issues = await lint()
    expect(issues).toContainEqual(expect.stringMatching(/^pl\/career-paths\/api-developer\.md:2: sections differ from the English entry's \(.*api-developer\.md\): missing "Czy warto zostać …\?"$/))
  })

  it('says when a translation translates no entry of the default locale', async () => {
    await scratch.editTranslation('es', 'api-developer', (t) => t.replace('slug: api-developer', 'slug: ghost-writer'))
    const issues = await lint()
    expect(issues).toContainEqual(expect.stringMatching(/^es\/career-paths\/api-developer\.md:5: no English entry has the slug "ghost-writer"/))
  })

  it('warns that translations are stale once their source changes, at the line of their source_revision, naming the new revision', async () => {
    await scratch.edit('backend-developer', (t) => t.replace('A Backend Developer is a software engineer', 'A Backend Developer is an engineer'))
    const source = parseMarkdown(await scratch.read('backend-developer')).entry!
    const issues = await lint()
    expect(issues).toHaveLength(3)
    for (const locale of ['de', 'es', 'pl']) {
      const text = await readFile(scratch.translationFile(locale, 'backend-developer'), 'utf8')
      expect(issues).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${locale}/career-paths/backend-developer\\.md:${lineOf(text, '  source_revision:')}: warning: stale translation: made from revision [0-9a-f]{16} of the English entry, which is now at ${translationRevision(source)};`,
          ),
        ),
      )
    }
    // A change to what is not translated (tags, dates) leaves translations current.
    await scratch.edit('backend-developer', (t) => t.replace('A Backend Developer is an engineer', 'A Backend Developer is a software engineer').replace('updated: 2026-11-01', 'updated: 2026-12-01'))
    expect(await lint()).toEqual([])
  })
})

describe('careers build: every output per locale', () => {
  it('writes <out>/<locale>/career-paths/<slug>.{md,pdf,json} and <out>/<locale>/feed.json, and flags stale translations in the feed', async () => {
    const result = await buildSite({ contentDir: scratch.content, outDir: scratch.out, threads: 0 })
    expect(result.issues).toEqual([])
    expect(result.rendered).toContain('es/backend-developer')
    const es = join(scratch.out, 'es')
    const paths = outputPaths(es, 'backend-developer')
    expect(await readFile(paths.markdown, 'utf8')).toBe(await readFile(scratch.translationFile('es', 'backend-developer'), 'utf8'))
    expect((await readFile(paths.pdf)).subarray(0, 5).toString()).toBe('%PDF-')
    const json = JSON.parse(await readFile(paths.json, 'utf8'))
    expect([json.url, json.language, json.translation.stale]).toEqual(['https://careers.example.com/es/career-paths/backend-developer', 'es', false])
    const feed = JSON.parse(await readFile(join(es, 'feed.json'), 'utf8'))
    expect([feed.language, feed.feed_url, feed.title]).toEqual(['es', 'https://careers.example.com/es/feed.json', 'Trayectorias profesionales de Canyon'])
    expect(feed.items.map((i: { language: string }) => i.language)).toEqual(feed.items.map(() => 'es'))
    expect(feed.items).toHaveLength(5)
    // The English feed is the English entries' alone.
    const en = JSON.parse(await readFile(join(scratch.out, 'feed.json'), 'utf8'))
    expect(en.items.every((i: { language: string; _career_path: { translation?: unknown } }) => i.language === 'en' && i._career_path.translation === undefined)).toBe(true)

    await scratch.edit('backend-developer', (t) => t.replace('A Backend Developer is a software engineer', 'A Backend Developer is an engineer'))
    const again = await buildSite({ contentDir: scratch.content, outDir: scratch.out, threads: 0 })
    expect(again.issues).toEqual([])
    expect(again.rendered).toEqual(['backend-developer', 'de/backend-developer', 'es/backend-developer', 'pl/backend-developer'])
    expect(again.warnings.filter((w) => w.message.startsWith('stale translation'))).toHaveLength(3)
    const item = JSON.parse(await readFile(join(es, 'feed.json'), 'utf8')).items.find((i: { _career_path: { slug: string } }) => i._career_path.slug === 'backend-developer')
    expect(item._career_path.translation).toEqual({ source_revision: json.translation.source_revision, stale: true })
  }, 600_000)
})
