import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'
import { renderHandout } from '../src/pdf/index.js'
import { sampleEntry, sampleRelatedTitles, sampleSite } from '../src/test-support/sample-entry.js'
const options = { site: sampleSite, relatedTitles: sampleRelatedTitles }
await renderHandout(sampleEntry, options)
const f: any = await (fontkit as any).open(createRequire(import.meta.url).resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'))
const proto = Object.getPrototypeOf(f)
const orig = proto.layout
let calls = 0, chars = 0; const seen = new Map<string, number>()
proto.layout = function (s: string, ...rest: any[]) { calls++; chars += s.length; seen.set(s, (seen.get(s) ?? 0) + 1); return orig.call(this, s, ...rest) }
await renderHandout(sampleEntry, options)
console.log({ calls, chars, distinct: seen.size, dupChars: [...seen].reduce((a, [s, n]) => a + s.length * (n - 1), 0) })
console.log([...seen].filter(([, n]) => n > 1).slice(0, 10))
