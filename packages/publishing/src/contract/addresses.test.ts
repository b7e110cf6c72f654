import { describe, expect, it } from 'vitest'
import {
  bookFileKey,
  bookPath,
  contentFilePath,
  contentFolderPath,
  entryFileKey,
  entryPath,
  feedItemKey,
  feedPath,
  indexPath,
  isServedFormat,
  prefixedLocale,
  prefixedLocales,
  servedFormatRoutePattern,
  servedFormats,
  slugRoutePattern,
} from './addresses.js'

describe('addresses', () => {
  it('puts the default locale at the unprefixed addresses', () => {
    expect(entryPath('en', 'backend-developer')).toBe('career-paths/backend-developer')
    expect(entryPath(undefined, 'backend-developer', 'pdf')).toBe('career-paths/backend-developer.pdf')
    expect(indexPath('en')).toBe('career-paths')
    expect(bookPath('en')).toBe('career-paths.pdf')
    expect(feedPath(undefined)).toBe('feed.json')
    expect(contentFolderPath('en')).toBe('career-paths')
    expect(contentFilePath('en', 'qa-engineer')).toBe('career-paths/qa-engineer.md')
  })

  it('puts another locale under its prefix', () => {
    expect(entryPath('es', 'backend-developer')).toBe('es/career-paths/backend-developer')
    expect(entryPath('es', 'backend-developer', 'md')).toBe('es/career-paths/backend-developer.md')
    expect(indexPath('de')).toBe('de/career-paths')
    expect(bookPath('pl')).toBe('pl/career-paths.pdf')
    expect(feedPath('es')).toBe('es/feed.json')
    expect(contentFilePath('es', 'qa-engineer')).toBe('es/career-paths/qa-engineer.md')
  })

  it('keys every stored file by its locale, the default included', () => {
    expect(entryFileKey('en', 'backend-developer', 'pdf')).toBe('en/career-paths/backend-developer.pdf')
    expect(entryFileKey('es', 'backend-developer')).toBe('es/career-paths/backend-developer')
    expect(bookFileKey('en')).toBe('en/career-paths.pdf')
    expect(bookFileKey('es')).toBe('es/career-paths.pdf')
    expect(feedItemKey('de', 42)).toBe('de/42')
  })

  it('serves md, pdf and json with their content types, and nothing else', () => {
    expect(Object.fromEntries(Object.entries(servedFormats).map(([format, { contentType }]) => [format, contentType]))).toEqual({
      md: 'text/markdown; charset=utf-8',
      pdf: 'application/pdf',
      json: 'application/json; charset=utf-8',
    })
    expect(isServedFormat('pdf')).toBe(true)
    expect(isServedFormat('html')).toBe(false)
    expect(isServedFormat('toString')).toBe(false)
  })

  it("gives the rewrites the model's slugs and the served formats", () => {
    const route = new RegExp(`^career-paths/(${slugRoutePattern})\\.(${servedFormatRoutePattern})$`)
    expect(route.exec(entryPath('en', 'backend-developer', 'json'))?.slice(1)).toEqual(['backend-developer', 'json'])
    for (const path of ['career-paths/Backend.pdf', 'career-paths/a--b.md', 'career-paths/-a.md', 'career-paths/a.html']) expect(route.test(path), path).toBe(false)
  })

  it('prefixes every locale but the default, and reads only those from a path', () => {
    expect(prefixedLocales(['en', 'es', 'de'])).toEqual(['es', 'de'])
    expect(prefixedLocale('es')).toBe('es')
    expect(prefixedLocale('en')).toBeUndefined()
    expect(prefixedLocale('xx')).toBeUndefined()
  })
})
