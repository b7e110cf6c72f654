import { paragraphs, type CareerPath } from '@careers/career-path'
import { describe, expect, it } from 'vitest'
import { flattenWhitespace, readPdf } from '../test-support/pdf-text.js'
import { sampleSite } from '../test-support/sample-entry.js'
import { renderHandout } from './render-handout.js'

const withName = (name: string): CareerPath => ({
  title: 'Tester',
  slug: 'tester',
  definition: paragraphs('Tests. Öl, Ørsted and “quotes”.'),
  whatTheyDo: paragraphs('Checks.'),
  responsibilities: ['Testing.'],
  specializations: [{ name, description: 'A kind of tester.' }],
  faqs: [],
  related: [],
})

// fontkit's subsetter builds a composite glyph's parts (" is two ', Ö holds O)
// as glyphs without characters and keeps them across documents; a later
// handout drawing those parts as text then extracted without them.
describe('text extraction after earlier handouts', () => {
  it('keeps the characters of glyphs that earlier handouts used only inside composite glyphs', async () => {
    await renderHandout(withName('A "quoted" name with Ö and Ø'), { site: sampleSite })
    const text = flattenWhitespace((await readPdf(await renderHandout(withName("Tester's O-ring"), { site: sampleSite }))).text)
    expect(text).toContain("Tester's O-ring")
    expect(text).toContain('Öl, Ørsted')
  })
})
