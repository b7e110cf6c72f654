import { describe, expect, it } from 'vitest'
import { readPdf } from '../test-support/pdf-text.js'
import { sampleEntry, sampleSite } from '../test-support/sample-entry.js'
import { renderHandout } from './index.js'
import { pageCount } from './page-count.js'

describe('pageCount', () => {
  it('counts what a PDF reader counts, for a short and a long handout', async () => {
    const short = await renderHandout({ ...sampleEntry, faqs: [], specializations: [] }, { site: sampleSite })
    const long = await renderHandout({ ...sampleEntry, faqs: [...sampleEntry.faqs, ...sampleEntry.faqs, ...sampleEntry.faqs, ...sampleEntry.faqs] }, { site: sampleSite })
    for (const pdf of [short, long]) expect(pageCount(pdf)).toBe((await readPdf(pdf)).pageCount)
    expect(pageCount(long)).toBeGreaterThan(pageCount(short))
  })
})
