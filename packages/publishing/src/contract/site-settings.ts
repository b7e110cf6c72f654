import type { Locale } from '@careers/career-path'

/**
 * Site-wide settings: the brief's `settings` global. The CLI reads them from
 * `content/site.yml`; the CMS from its global. Their names, defaults,
 * localization and which of them the outputs show are `siteSettingsDefinition`.
 */
export interface SiteSettings {
  siteName: string
  /** Public base URL without a trailing slash, e.g. `https://careers.example.com`. */
  baseUrl: string
  /** BCP 47 language of the content, e.g. `en`. */
  language: string
  feed: { title: string; description: string }
  /** Closes every page and handout. */
  callToAction: { label: string; url: string }
  handoutFooter: string
  /**
   * The locale these settings are the texts of; absent for the default. Its
   * entries, index and feed live under `/<locale>/` (brief: "Languages").
   */
  locale?: Locale
}

/** A language tag as the `language` setting takes it: `en`, `en-GB`. */
export const languageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

/** One setting: what `site.yml`, the CMS's global and its readers all agree on. */
export interface SettingDefinition {
  /**
   * What its value must be: non-empty text, an absolute http(s) URL (the
   * site's base URL kept without a trailing slash), a language tag, or a note that may be empty.
   */
  kind: 'text' | 'url' | 'base-url' | 'language' | 'note'
  /** Each locale has its own value (the CMS's localized field; `locales.<locale>` in site.yml). */
  localized: boolean
  /** The CMS refuses it empty. */
  required: boolean
  /** What a site gets without setting it: site.yml may leave it out, and the CMS's global starts with it. */
  default?: string
  /**
   * The CMS global's starting value for a setting every site must set itself
   * (site.yml must name it): a placeholder, never what a built site falls back to.
   */
  starter?: string
  /** Every entry's outputs show it, so a change renders every entry again; the others are read per request. */
  rendered: boolean
  /** site.yml's `locales:` may give a locale its own value, though the CMS keeps one for every language. */
  fileVariesByLocale?: true
}

/** The definition has the settings' shape: a group of settings where `SiteSettings` has an object. */
export type SettingsDefinition<T> = { readonly [K in keyof T]-?: T[K] extends string ? SettingDefinition : SettingsDefinition<T[K]> }

/** The settings a site sets (the locale is where they are read, not a setting). */
export type SettingValues = Omit<SiteSettings, 'locale'>

/**
 * Every setting, once. The defaults and starting values are those the CMS's
 * global has always had (they are its database columns' defaults too, so they
 * cannot change without a migration); the shipped `content/site.yml` sets every one.
 */
export const siteSettingsDefinition: SettingsDefinition<SettingValues> = {
  siteName: { kind: 'text', localized: false, required: true, starter: 'Canyon Careers', rendered: true, fileVariesByLocale: true },
  baseUrl: { kind: 'base-url', localized: false, required: true, starter: 'http://localhost:3000', rendered: true },
  language: { kind: 'language', localized: false, required: true, default: 'en', rendered: true },
  feed: {
    title: { kind: 'text', localized: true, required: true, starter: 'Career Paths', rendered: false },
    description: { kind: 'text', localized: true, required: true, starter: 'Career-path guides.', rendered: false },
  },
  callToAction: {
    label: { kind: 'text', localized: true, required: true, starter: 'Ready to start?', rendered: true },
    url: { kind: 'url', localized: false, required: true, starter: 'https://example.com', rendered: true, fileVariesByLocale: true },
  },
  handoutFooter: { kind: 'note', localized: true, required: false, default: '', rendered: true },
}

function isSettingDefinition(value: SettingDefinition | object): value is SettingDefinition {
  return 'kind' in value && typeof value.kind === 'string'
}

/** One setting with where it is: `['callToAction', 'url']`. */
export interface SettingLeaf {
  path: [keyof SettingValues] | [keyof SettingValues, string]
  setting: SettingDefinition
}

/** Every setting with its path, in the definition's order. */
export const settingLeaves: readonly SettingLeaf[] = Object.entries(siteSettingsDefinition).flatMap(([name, value]: [string, SettingDefinition | Record<string, SettingDefinition>]): SettingLeaf[] => {
  const top = name as keyof SettingValues
  return isSettingDefinition(value) ? [{ path: [top], setting: value }] : Object.entries(value).map(([inner, setting]) => ({ path: [top, inner], setting }))
})

/** A setting's value in a settings object, by its path. */
export function settingValue(settings: SettingValues, path: SettingLeaf['path']): string {
  const [top, inner] = path
  const value: string | Record<string, string> = settings[top]
  return typeof value === 'string' ? value : (value[inner ?? ''] ?? '')
}

/** A settings object made leaf by leaf (the definition's shape is `SettingValues`' shape). */
export function settingsFrom(valueOf: (leaf: SettingLeaf) => string): SettingValues {
  const made: Record<string, string | Record<string, string>> = {}
  for (const leaf of settingLeaves) {
    const [top, inner] = leaf.path
    const value = valueOf(leaf)
    if (inner === undefined) made[top] = value
    else made[top] = { ...(made[top] as Record<string, string> | undefined), [inner]: value }
  }
  return made as SettingValues
}

/** What a setting starts as: its default, or the CMS's starting value. */
export function initialValue(setting: SettingDefinition): string {
  return setting.default ?? setting.starter ?? ''
}

/** The settings of a site that set none: what the CMS's global holds before an admin saves it. */
export const initialSiteSettings: SettingValues = settingsFrom(({ setting }) => initialValue(setting))

/** The settings (top-level names) every entry's outputs show: a change to one renders every entry again. */
export const renderedSettingNames: readonly (keyof SettingValues)[] = [...new Set(settingLeaves.filter((l) => l.setting.rendered).map((l) => l.path[0]))]

/** The settings (top-level names) with a localized part: what each locale of the CMS's global holds of its own. */
export const localizedSettingNames: readonly (keyof SettingValues)[] = [...new Set(settingLeaves.filter((l) => l.setting.localized).map((l) => l.path[0]))]

/**
 * A locale's settings: its own values of the localized settings, the
 * shared values of the others (and of those not given in `own`).
 */
export function settingsInLocale(shared: SettingValues, own: (leaf: SettingLeaf) => string | undefined): SettingValues {
  return settingsFrom((leaf) => (leaf.setting.localized || leaf.setting.fileVariesByLocale ? own(leaf) : undefined) ?? settingValue(shared, leaf.path))
}

/** What is at a setting's path in parsed data (site.yml, a stored document), if anything. */
export function valueAt(data: unknown, path: SettingLeaf['path']): unknown {
  let at: unknown = data
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined
  return at
}

/** The text at a setting's path in parsed data, if there is text there. */
export function textAt(data: unknown, path: SettingLeaf['path']): string | undefined {
  const at = valueAt(data, path)
  return typeof at === 'string' ? at : undefined
}
