import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { slugify, slugPattern } from './slug.js'

describe('slugify', () => {
  it.each([
    ['Full-Stack Developer', 'full-stack-developer'],
    ['Backend Developer', 'backend-developer'],
    ['Désigner', 'designer'],
    ['Ökonom für Datenqualität', 'okonom-fur-datenqualitat'],
    ['Crème Brûlée Façade Engineer', 'creme-brulee-facade-engineer'],
    ['Łódź Straße', 'lodz-strasse'],
    ['R&D Engineer', 'r-and-d-engineer'],
    ['Research & Development', 'research-and-development'],
    ['C++/C# Developer!!', 'c-c-developer'],
    ['  "Quoted"  (and) [bracketed]; title? ', 'quoted-and-bracketed-title'],
    ['Node.js — Developer', 'node-js-developer'],
    ['DevOps Engineer 2', 'devops-engineer-2'],
    ['---', ''],
    ['', ''],
  ])('%j → %j', (title, expected) => {
    expect(slugify(title)).toBe(expected)
  })

  it('folds letters with a stroke or ligature rather than dropping them', () => {
    expect(slugify('Øresund Engineer')).toBe('oresund-engineer')
    expect(slugify('Đorđe')).toBe('dorde')
    expect(slugify('Æsir Œuvre')).toBe('aesir-oeuvre')
  })

  it('always gives a slug that matches the slug pattern, or nothing (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (title) => {
        const slug = slugify(title)
        expect(slug === '' || slugPattern.test(slug)).toBe(true)
      }),
    )
  })

  it('is idempotent: a slug slugifies to itself (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (title) => {
        const slug = slugify(title)
        expect(slugify(slug)).toBe(slug)
      }),
    )
  })

  it('keeps every ASCII letter and digit of the title, in order (property)', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const kept = title
          .toLowerCase()
          .replace(/&/g, 'and')
          .replace(/[^a-z0-9]/g, '')
        expect(slugify(title).replace(/-/g, '')).toBe(kept)
      }),
    )
  })
})
