import { renderToBuffer, Document, Page, Text } from '@react-pdf/renderer'
import { registerHandoutFonts } from '../src/pdf/register-handout-fonts.js'
import { sampleEntry } from '../src/test-support/sample-entry.js'
import { toString } from 'mdast-util-to-string'
registerHandoutFonts()
const paras = [sampleEntry.definition, sampleEntry.whatTheyDo, sampleEntry.workEnvironment!, sampleEntry.workingConditions!, sampleEntry.difficulty!, sampleEntry.outlook!].map((r) => toString(r))
const doc = () => <Document><Page size="A4" style={{ fontFamily: 'Inter', fontSize: 10, padding: 50 }}>{paras.map((p, i) => <Text key={i} style={{ marginBottom: 6 }}>{p}</Text>)}{sampleEntry.responsibilities.map((r, i) => <Text key={'r' + i}>• {r}</Text>)}</Page></Document>
await renderToBuffer(doc())
let n = 0; const t = performance.now()
while (performance.now() - t < 8000) { await renderToBuffer(doc()); await new Promise((r) => setImmediate(r)); n++ }
console.log('naive', (n / ((performance.now() - t) / 1000)).toFixed(1), '/s')
