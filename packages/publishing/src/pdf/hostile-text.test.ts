import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { careerPath } from '../test-support/arbitrary-entry.js'
import { flattenWhitespace, readPdf } from '../test-support/pdf-text.js'
import { sampleSite } from '../test-support/sample-entry.js'
import { renderHandout } from './render-handout.js'

// PDF_RUNS=150 runs it longer; FC_SEED=<seed> replays a failure fast-check reported.
describe('handout text (property)', () => {
  it('prints every plain-text field literally, Markdown characters and all', async () => {
    await fc.assert(
      fc.asyncProperty(careerPath, async (entry) => {
        const text = flattenWhitespace((await readPdf(await renderHandout(entry, { site: sampleSite }))).text)
        for (const literal of [entry.title, ...entry.responsibilities, ...entry.specializations.flatMap((s) => [s.name, s.description]), ...entry.faqs.map((f) => f.question)]) {
          expect(text).toContain(flattenWhitespace(literal))
        }
      }),
      { numRuns: Number(process.env.PDF_RUNS ?? 12), ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
    )
  })
})
