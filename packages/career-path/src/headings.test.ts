import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formsUsed, headingMatcher, headingText, localeFormNames, missingForms, titleMidSentence } from './headings.js'
import { localeCodes, locales } from './locales/index.js'
import { lifeHeading, pageTitle, sections } from './sections.js'

describe('headings per locale', () => {
  it('English templates give the seed headings exactly, for any title (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (title) => {
        for (const spec of sections) expect(headingText('en', spec.key, { title })).toBe(spec.heading(title))
        expect(headingText('en', 'life', { title })).toBe(lifeHeading(title))
        expect(headingText('en', 'page', { title })).toBe(pageTitle(title))
      }),
    )
  })

  it('English needs no forms from the entry; German and Polish need their cases, Spanish its article', () => {
    expect(localeFormNames('en')).toEqual([])
    expect(localeFormNames('es')).toEqual(['indefinite'])
    expect(localeFormNames('de')).toEqual(['indefinite', 'genitive'])
    expect(localeFormNames('pl')).toEqual(['genitive', 'instrumental'])
  })

  it('reads as the locale writes it', () => {
    const de = { title: 'Backend-Entwickler', forms: { indefinite: 'ein Backend-Entwickler', genitive: 'eines Backend-Entwicklers' } }
    expect(headingText('de', 'page', de)).toBe('Berufsbild Backend-Entwickler')
    expect(headingText('de', 'responsibilities', de)).toBe('Die wichtigsten Aufgaben eines Backend-Entwicklers')
    expect(headingText('de', 'outlook', de)).toBe('Ist Backend-Entwickler ein Beruf mit Zukunft?')
    const pl = { title: 'Programista backendowy', forms: { genitive: 'programisty backendowego', instrumental: 'programistą backendowym' } }
    expect(headingText('pl', 'definition', pl)).toBe('Kim jest programista backendowy?')
    expect(headingText('pl', 'outlook', pl)).toBe('Czy warto zostać programistą backendowym?')
    const es = { title: 'Ingeniero de datos', forms: { indefinite: 'un ingeniero de datos' } }
    expect(headingText('es', 'definition', es)).toBe('¿Qué es un ingeniero de datos?')
    expect(headingText('es', 'difficulty', es)).toBe('¿Es difícil ser ingeniero de datos?')
  })

  it('lower-cases only an ordinary first word inside a sentence', () => {
    expect(titleMidSentence('Desarrollador backend')).toBe('desarrollador backend')
    expect(titleMidSentence('DevOps Engineer')).toBe('DevOps Engineer')
    expect(titleMidSentence('API Developer')).toBe('API Developer')
    expect(titleMidSentence('Programista')).toBe('programista')
  })

  it('names the forms a set of headings needs and the entry lacks, with the template that needs it', () => {
    expect(formsUsed('pl', ['definition', 'outlook'])).toEqual(['instrumental'])
    expect(missingForms('pl', ['page', 'responsibilities', 'outlook'], { genitive: 'x' })).toEqual([{ form: 'instrumental', heading: 'Czy warto zostać {instrumental}?' }])
    expect(missingForms('de', ['definition'], {})).toEqual([{ form: 'indefinite', heading: 'Was ist {indefinite}?' }])
  })

  it('recognises each heading of each locale whatever the title, and no other section’s (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...localeCodes), fc.stringMatching(/^[A-Za-zÀ-ž][A-Za-zÀ-ž -]{0,20}[a-zà-ž]$/), (locale, title) => {
        const forms = Object.fromEntries(localeFormNames(locale).map((f) => [f, `${f} ${title}`]))
        for (const key of Object.keys(locales[locale].headings.sections) as (keyof typeof locales.en.headings.sections)[]) {
          expect(headingMatcher(locale, key).test(headingText(locale, key, { title, forms }))).toBe(true)
        }
      }),
    )
  })
})
