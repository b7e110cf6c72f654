import { renderHandout } from '../src/pdf/index.js'
import { sampleEntry, sampleRelatedTitles, sampleSite } from '../src/test-support/sample-entry.js'
const options = { site: sampleSite, relatedTitles: sampleRelatedTitles }
for (let i = 0; i < 120; i++) { await renderHandout(sampleEntry, options); await new Promise((r) => setImmediate(r)) }
