import { describe, expect, it } from 'vitest'
import { sampleEntry, sampleRelatedTitles, sampleSite } from '../test-support/sample-entry.js'
import { careerPathToJson } from './entry-json.js'
import { extensionDoc } from './extension-doc.js'

/** The keys the page's table names, from its first column (`a`, `b` …). */
function documentedKeys(doc: string): string[] {
  return doc
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!))
}

describe('the _career_path extension page', () => {
  it('documents exactly the keys the structured entry has (an entry with every optional field)', () => {
    const keys = Object.keys(careerPathToJson(sampleEntry, sampleSite, sampleRelatedTitles))
    expect(documentedKeys(extensionDoc(sampleSite)).sort()).toEqual(keys.sort())
  })
})
