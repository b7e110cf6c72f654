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
import { renderHandout } from './index.js'
import { handoutFontFaces } from './register-handout-fonts.js'
import { prepareShaping } from './shaping.js'
import { loadContentEntries, loadTranslations } from '../test-support/content-entries.js'
import { sampleSite } from '../test-support/sample-entry.js'

function installed(command: string, versionFlag: string, aptPackage: string): boolean {
  try {
    execFileSync(command, [versionFlag], { stdio: 'ignore' })
    return true
  } catch {
    console.warn(`${command} is not installed: skipping its check of the localized handouts; apt-get install ${aptPackage}.`)
    return false
  }
}
const hasPdftotext = installed('pdftotext', '-v', 'poppler-utils')
const hasQpdf = installed('qpdf', '--version', 'qpdf')

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
  const quoted = (locale: Locale): CareerPath => ({ ...backendDeveloper(locale).entry, whatTheyDo: paragraphs('They say "REST" and mean "resources", not `"code"`.') })

  it.runIf(hasPdftotext)('straight quotes print as the language’s quotation marks; code and English stay as typed', async () => {
    const texts = Object.fromEntries(
      await Promise.all(localeCodes.map(async (locale) => [locale, pdftotext(await pdfFile(`quotes-${locale}.pdf`, await renderHandout(quoted(locale), { site: sampleSite })))] as const)),
    )
    expect(texts.en).toContain('They say "REST" and mean "resources", not "code".')
    expect(texts.es).toContain('They say «REST» and mean «resources», not "code".')
    expect(texts.de).toContain('They say „REST“ and mean „resources“, not "code".')
    expect(texts.pl).toContain('They say „REST” and mean „resources”, not "code".')
  })

  it.runIf(hasPdftotext)('hyphenation is each document’s own: German and English rendered at once break the same word by their own rules', async () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellerverbandsvorsitzenderstellvertreterin'
    const long = (locale: Locale): CareerPath => ({ ...backendDeveloper(locale).entry, definition: paragraphs(`${word} ${word}`) })
    /** Where the word was broken at line ends: the lengths of its pieces. */
    const breaks = (text: string) => {
      const flat = text.replace(/-\n/g, '|').replace(/\s+/g, ' ')
      const at = flat.indexOf(word.slice(0, 5))
      const pieces = flat.slice(at).split(' ')[0]!.split('|')
      expect(pieces.join('')).toBe(word)
      return pieces.map((p) => p.length)
    }
    const render = async (locale: Locale, name: string) => breaks(pdftotext(await pdfFile(name, await renderHandout(long(locale), { site: sampleSite }))))
    const [enTogether, deTogether] = await Promise.all([render('en', 'h-en-1.pdf'), render('de', 'h-de-1.pdf')])
    const [enAlone, deAlone] = [await render('en', 'h-en-2.pdf'), await render('de', 'h-de-2.pdf')]
    expect([enTogether, deTogether]).toEqual([enAlone, deAlone])
    // English: no patterns, the long-word rule (pieces of 16); German: the word's syllables.
    expect(enAlone.length).toBeGreaterThan(1)
    for (const length of enAlone.slice(0, -1)) expect(length % 16).toBe(0)
    const syllableEnds = germanSyllables(word).reduce<number[]>((ends, s) => [...ends, (ends.at(-1) ?? 0) + s.length], [])
    let end = 0
    for (const length of deAlone.slice(0, -1)) {
      end += length
      expect(syllableEnds, `a break after ${word.slice(0, end)}`).toContain(end)
    }
    expect(deAlone).not.toEqual(enAlone)
  })
})
