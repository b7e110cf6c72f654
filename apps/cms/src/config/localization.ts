import { defaultLocale, localeCodes, locales } from '@careers/career-path'
import type { LocalizationConfig } from 'payload'

/**
 * Payload's locales are the product's (`@careers/career-path`'s table): adding a
 * locale there adds it to the admin's switcher, the database and the outputs.
 * `fallback: false`: a field a translation lacks reads as empty, never as the
 * English text, so no document ever mixes two languages.
 */
export const cmsLocalization: LocalizationConfig = {
  locales: localeCodes.map((code) => ({ code, label: locales[code].name })),
  defaultLocale,
  fallback: false,
  // The admin's Publish button publishes the locale on screen ("Publish in Español"); Payload's default
  // publishes every locale's newest draft at once (`publishAllLocales`), a German draft with a Spanish publish.
  defaultLocalePublishOption: 'active',
}
