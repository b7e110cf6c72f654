import type { SectionKey } from '../sections.js'

/**
 * The heading templates of one locale. `{title}` is the title as the front
 * matter writes it; `{title_mid}` the title inside a sentence (its first word
 * lower-cased when it is an ordinary capitalised word, "Ingeniero de datos" →
 * "ingeniero de datos"); any other `{name}` is a form of the title, either
 * computed by the locale (`computedForms`) or supplied by the entry's front
 * matter (`forms: { name: … }`), since only a speaker knows "eines
 * Backend-Entwicklers" or "programistą backendowym".
 */
export interface HeadingTemplates {
  /** The page title (`# …`). */
  page: string
  /** The group heading over the four sections about the job. */
  life: string
  sections: Record<SectionKey, string>
}

/** What a published document in this locale says besides the entry's own text. */
export interface LocaleLabels {
  /** Footer of every handout page: `Page 3`. */
  page: (n: number) => string
  /** The feed's attachments: `Backend Developer Career Path handout`. */
  handout: (pageTitle: string) => string
  /** The book of every entry: its title, its table of contents, how many entries its cover counts. */
  bookTitle: string
  contents: string
  bookEntries: (count: number) => string
  /** The words of a served page around the entry (the CMS's pages): no page mixes two languages. */
  site: {
    skipToContent: string
    downloads: string
    downloadHandout: string
    /** `Updated 2026-01-15` (the date as the entry writes it). */
    updated: (date: string) => string
    getStarted: string
    /** Over the links to the page in the other locales it is published in. */
    otherLanguages: string
    /** The link to the locale's index of every entry. */
    allEntries: string
    /** The page of an entry published moments ago whose page is not stored yet: its title, heading, note and link to the index. */
    beingPublished: {
      title: string
      heading: string
      note: string
      seeAll: string
    }
    /** The index page (`/career-paths`, `/<locale>/career-paths`): its title, search, tag filter and paging. */
    index: {
      title: string
      downloadBook: string
      searchLabel: string
      search: string
      /** `Titles with “data”` */
      titlesWith: (query: string) => string
      /** `tagged “backend”`, after `titlesWith` or alone */
      tagged: (tag: string) => string
      showAll: string
      noMatch: string
      noneYet: string
      /** A tag's link, for screen readers: `Career paths tagged backend` */
      taggedLink: (tag: string) => string
      /** The paging links' landmark name, and its links. */
      pages: string
      previous: string
      next: string
    }
  }
}

/** One locale the product publishes in: adding a locale is one of these and an entry in `locales`. */
export interface LocaleConfig {
  /** BCP 47 tag: the folder name, `/<code>/` in addresses, the feed's `language` and the PDF's `/Lang`. */
  code: string
  /** The language's own name for itself. */
  name: string
  headings: HeadingTemplates
  /** Forms of the title the templates use that this locale can make by itself ("a"/"an" in English). */
  computedForms?: (title: string) => Record<string, string>
  /** Quotation marks for the handout's typography: primary and nested pairs; absent, quotes stay as typed. */
  quotes?: { open: string; close: string; innerOpen: string; innerClose: string }
  /** The TeX hyphenation patterns the handout breaks ordinary words with (`@react-pdf/hyphenate/<name>`); absent, words are not hyphenated. */
  hyphenation?: string
  labels: LocaleLabels
}
