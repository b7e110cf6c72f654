import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { careerPath } from '../test-support/arbitrary-entry.js'
import { flattenWhitespace, readPdf } from '../test-support/pdf-text.js'
import { sampleSite } from '../test-support/sample-entry.js'
import { renderHandout } from './render-handout.js'

// An eighth of the suite's runs, each a whole handout: FC_RUNS=1000 runs 125; FC_SEED=<seed> replays a failure (vitest.properties.ts).
describe('handout text (property)', () => {
  it('prints every plain-text field literally, Markdown characters and all', async () => {
    await fc.assert(
      fc.asyncProperty(careerPath, async (entry) => {
        const text = flattenWhitespace((await readPdf(await renderHandout(entry, { site: sampleSite }))).text)
        for (const literal of [entry.title, ...entry.responsibilities, ...entry.specializations.flatMap((s) => [s.name, s.description]), ...entry.faqs.map((f) => f.question)]) {
          expect(text).toContain(flattenWhitespace(literal))
        }
      }),
      { numRuns: Math.ceil(fc.readConfigureGlobal().numRuns! / 8) },
    )
  })
})
