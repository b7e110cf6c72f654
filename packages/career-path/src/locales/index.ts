import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import type { LocaleConfig } from './locale-config.js'
import { pl } from './pl.js'

export type { HeadingTemplates, LocaleConfig, LocaleLabels } from './locale-config.js'

/**
 * The locales the product publishes in, the default first. Adding one is an
 * entry here and its file of heading templates; everything else (parsing,
 * lint, the build's folders and addresses, the handout's language) reads this table.
 */
const table = { en, es, de, pl }

export type Locale = keyof typeof table

export const locales: Readonly<Record<Locale, LocaleConfig>> = table

/** The canonical locale: its files are `content/career-paths/`, its addresses have no prefix, and translations are made from it. */
export const defaultLocale: Locale = 'en'

/** Every locale code, the default first. */
export const localeCodes = Object.keys(locales) as Locale[]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value)
}

/** An entry's locale: its own, or the default when it names none. */
export function localeOf(entry: { locale?: Locale }): Locale {
  return entry.locale ?? defaultLocale
}
