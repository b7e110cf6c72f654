import { afterEach, beforeEach, expect, it } from 'vitest'
import { scratchContent } from '../test-support/content-fixture.js'
import { readContent } from './read-content.js'

let scratch: Awaited<ReturnType<typeof scratchContent>>
beforeEach(async () => {
  scratch = await scratchContent()
})
afterEach(() => scratch.remove())

it('gives every entry of a clean folder, and no issues', async () => {
  const { entries, issues } = await readContent(scratch.content)
  expect(issues).toEqual([])
  expect(entries.map((e) => e.entry.slug).sort()).toEqual([...scratch.slugs].sort())
})

it('leaves out a file with an error of its own or across files, and names each at its line', async () => {
  // A second file claiming backend-developer's slug, and one that no longer parses.
  await scratch.write('backend-copy', (await scratch.read('backend-developer')).replace('title: Backend Developer', 'title: Backend Copy'))
  await scratch.write('qa-engineer', (await scratch.read('qa-engineer')).replace(/^## Definition of .*$/m, '## Definition of someone else'))
  const { entries, issues } = await readContent(scratch.content)
  const files = entries.map((e) => e.file)
  expect(files.some((f) => f.endsWith('backend-copy.md'))).toBe(false)
  expect(files.some((f) => f.endsWith('backend-developer.md'))).toBe(true)
  expect(issues.find((i) => i.file?.endsWith('backend-copy.md'))?.message).toMatch(/slug "backend-developer" is already used/)
  expect(issues.some((i) => i.file?.endsWith('qa-engineer.md') && i.fatal)).toBe(true)
  expect(files.some((f) => f.endsWith('qa-engineer.md'))).toBe(false)
})
