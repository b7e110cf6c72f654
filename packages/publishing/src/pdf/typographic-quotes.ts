import type { CareerPath, LocaleConfig } from '@careers/career-path'

type Quotes = NonNullable<LocaleConfig['quotes']>

/** An opening mark follows the start, a space, an opening bracket or dash, or another opening mark. */
const opensAfter = /[\s([{\u2014\u2013«„‚“‘-]/u

/**
 * Straight double quotes as the locale prints them: "REST" becomes «REST» in
 * Spanish and „REST“ in German. Quotes already typographic stay as typed;
 * a single straight quote is left alone (it is far more often an apostrophe).
 */
export function typographicQuotes(text: string, quotes: Quotes): string {
  if (!text.includes('"')) return text
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c !== '"') {
      out += c
      continue
    }
    const previous = out[out.length - 1]
    out += previous === undefined || opensAfter.test(previous) ? quotes.open : quotes.close
  }
  return out
}

/**
 * The entry with its words in the locale's typography, for the handout:
 * text and headings, never URLs or code. Unchanged without quotation marks of its own (English).
 */
export function withLocaleTypography(entry: CareerPath, quotes: Quotes | undefined): CareerPath {
  if (!quotes) return entry
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key === 'url' || key === 'slug' || key === 'locale' ? value : typographicQuotes(value, quotes)
    if (Array.isArray(value)) return value.map((item) => walk(item))
    if (value !== null && typeof value === 'object') {
      if ((value as { type?: unknown }).type === 'inlineCode') return value
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'related' || k === 'translation' ? v : walk(v, k)]))
    }
    return value
  }
  return walk(entry) as CareerPath
}
