// Handouts in each locale, read back by tools that did not write them:
// poppler's pdftotext (the text as typed), qpdf (/Lang), fontkit (glyph coverage).
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Font } from '@react-pdf/renderer'
import { entryPageTitle, localeCodes, paragraphs, type CareerPath, type Locale } from '@careers/career-path'
import { syllables as germanSyllables } from '@react-pdf/hyphenate/de'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HandoutDocument } from './handout-document.js'
import { renderHandout } from './index.js'
import { hyphenationFor, type HyphenationCallback } from './locale-hyphenation.js'
import { renderDocument } from './render-document.js'
import { handoutFontFaces } from './register-handout-fonts.js'
import { prepareShaping } from './shaping.js'
import { loadContentEntries, loadTranslations } from '../test-support/content-entries.js'
import { installedTool } from '../test-support/installed-tool.js'
import { sampleSite } from '../test-support/sample-entry.js'

const hasPdftotext = installedTool('pdftotext', '-v', 'poppler-utils', 'the localized handouts')
const hasQpdf = installedTool('qpdf', '--version', 'qpdf', 'the localized handouts')

/** The shipped backend-developer entry of a locale, with its related titles. */
function backendDeveloper(locale: Locale) {
  const { entries, relatedTitles } = locale === 'en' ? loadContentEntries() : loadTranslations(locale)
  return { entry: entries.find((e) => e.entry.slug === 'backend-developer')!.entry, relatedTitles }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'careers-locale-pdf-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

async function pdfFile(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(dir, name)
  await writeFile(file, bytes)
  return file
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })

const polishLetters = ['ą', 'ć', 'ę', 'ł', 'ń', 'ó', 'ś', 'ź', 'ż']

describe('the Polish handout', () => {
  const { entry, relatedTitles } = backendDeveloper('pl')
  const pangram = 'Zażółć gęślą jaźń. ĄĆĘŁŃÓŚŹŻ są wielkimi literami.'
  const withPangram: CareerPath = { ...entry, definition: { type: 'root', children: [...entry.definition.children, ...paragraphs(pangram).children] } }

  it('draws every Polish letter from the handout’s own fonts (TTF; no fallback, no missing glyph)', async () => {
    await prepareShaping()
    for (const face of handoutFontFaces) {
      const font = (Font.getFont(face) as unknown as { data: { hasGlyphForCodePoint: (c: number) => boolean } }).data
      for (const letter of [...polishLetters, ...polishLetters.map((l) => l.toUpperCase())]) {
        expect(font.hasGlyphForCodePoint(letter.codePointAt(0)!), `${face.fontFamily} ${face.fontWeight} ${face.fontStyle}: ${letter}`).toBe(true)
      }
    }
  })

  it.runIf(hasPdftotext)('reads back, with pdftotext, ą ć ę ł ń ó ś ź ż as typed', async () => {
    const text = pdftotext(await pdfFile('pl.pdf', await renderHandout(withPangram, { site: sampleSite, relatedTitles })))
    for (const letter of polishLetters) expect(text, letter).toContain(letter)
    expect(text).toContain('Zażółć gęślą jaźń.')
    expect(text).toContain('ĄĆĘŁŃÓŚŹŻ')
    expect(text).toContain('Najważniejsze obowiązki programisty backendowego')
    expect(text).toContain('Czy warto zostać programistą backendowym?')
    expect(text).toContain('Strona 1')
  })
})

describe.runIf(hasQpdf)('each locale’s handout names its language (/Lang, says qpdf) and its title', () => {
  it.each(localeCodes)('%s', async (locale) => {
    const { entry, relatedTitles } = backendDeveloper(locale)
    const file = await pdfFile(`lang-${locale}.pdf`, await renderHandout(entry, { site: sampleSite, relatedTitles }))
    const json = JSON.parse(execFileSync('qpdf', ['--json', file], { encoding: 'utf8', maxBuffer: 1 << 26 })) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] }
    const objects = json.qpdf[1]
    const catalog = Object.values(objects).find((o) => o.value?.['/Type'] === '/Catalog')?.value
    // The sample site's own tag for English (en-GB); a translation names its locale.
    expect(catalog?.['/Lang']).toBe(`u:${locale === 'en' ? sampleSite.language : locale}`)
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    expect(info).toContain(`Title:           ${entryPageTitle(entry)}`)
  })
})

describe('typography follows the locale', () => {
  const sentence: CareerPath['whatTheyDo'] = {
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'They say "REST" and mean "resources", not ' },
          { type: 'inlineCode', value: '"code"' },
          { type: 'text', value: '.' },
        ],
      },
    ],
  }
  const quoted = (locale: Locale): CareerPath => ({ ...backendDeveloper(locale).entry, whatTheyDo: sentence })

  it.runIf(hasPdftotext)('straight quotes print as the language’s quotation marks; code and English stay as typed', async () => {
    const texts = Object.fromEntries(
      await Promise.all(localeCodes.map(async (locale) => [locale, pdftotext(await pdfFile(`quotes-${locale}.pdf`, await renderHandout(quoted(locale), { site: sampleSite })))] as const)),
    )
    expect(texts.en).toContain('They say "REST" and mean "resources", not "code".')
    expect(texts.es).toContain('They say «REST» and mean «resources», not "code".')
    expect(texts.de).toContain('They say „REST“ and mean „resources“, not "code".')
    expect(texts.pl).toContain('They say „REST” and mean „resources”, not "code".')
  })

  it('hyphenation is each document’s own: two documents laid out at once each use only their own callback, and none is global', async () => {
    await prepareShaping()
    const seen = { de: new Set<string>(), en: new Set<string>() }
    const spy =
      (locale: 'de' | 'en', callback: HyphenationCallback): HyphenationCallback =>
      (word) => {
        seen[locale].add(word)
        return callback(word)
      }
    const render = async (locale: 'de' | 'en') => {
      const { entry, relatedTitles } = backendDeveloper(locale)
      return renderDocument(<HandoutDocument entry={entry} site={sampleSite} relatedTitles={relatedTitles} hyphenationCallback={spy(locale, await hyphenationFor(locale))} />)
    }
    await Promise.all([render('de'), render('en')])
    expect(seen.de.has('Berufsbild')).toBe(true)
    expect(seen.en.has('Career')).toBe(true)
    expect(seen.de.has('Career')).toBe(false)
    expect(seen.en.has('Berufsbild')).toBe(false)
    expect(Font.getHyphenationCallback()).toBeNull()
  })

  it('breaks ordinary words at the language’s syllables, and leaves names, acronyms and English words whole', async () => {
    const [de, es, pl, en] = await Promise.all((['de', 'es', 'pl', 'en'] as const).map(hyphenationFor))
    expect(de!('Silbentrennung,')).toEqual(['Sil', 'ben', 'tren', 'nung,'])
    expect(de!('Berufsbild')).toEqual(germanSyllables('Berufsbild'))
    expect(es!('desarrollador')).toEqual(['desa', 'rro', 'lla', 'dor'])
    expect(pl!('programistą').length).toBeGreaterThan(1)
    for (const word of ['PostgreSQL', 'Node.js', 'API', 'Backend-Entwickler', '(REST)']) expect(de!(word)).toEqual([word])
    expect(en!('extraordinary')).toEqual(['extraordinary'])
    // A long URL breaks as in English, in every language.
    const url = 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch'
    expect(de!(url)).toEqual(en!(url))
    expect(en!(url).length).toBeGreaterThan(1)
  })
})
