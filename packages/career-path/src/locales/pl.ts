import type { LocaleConfig } from './locale-config.js'

/**
 * Polish. Headings need the title in the genitive ("obowiązki programisty
 * backendowego") and the instrumental ("zostać programistą backendowym"),
 * which the entry gives: `forms: { genitive: …, instrumental: … }`.
 */
export const pl: LocaleConfig = {
  code: 'pl',
  name: 'Polski',
  headings: {
    page: 'Ścieżka kariery: {title}',
    life: 'Jak wygląda praca {genitive}',
    sections: {
      definition: 'Kim jest {title_mid}?',
      whatTheyDo: 'Czym zajmuje się {title_mid}?',
      responsibilities: 'Najważniejsze obowiązki {genitive}',
      specializations: 'Specjalizacje {genitive}',
      workEnvironment: 'Środowisko pracy',
      workingConditions: 'Warunki pracy',
      difficulty: 'Czy trudno być {instrumental}?',
      outlook: 'Czy warto zostać {instrumental}?',
      faqs: 'Najczęściej zadawane pytania',
      related: 'Powiązane ścieżki kariery',
    },
  },
  quotes: { open: '„', close: '”', innerOpen: '«', innerClose: '»' },
  hyphenation: 'pl',
  labels: {
    site: {
      skipToContent: 'Przejdź do treści',
      downloads: 'Do pobrania',
      downloadHandout: 'Pobierz materiał w PDF',
      updated: (date) => `Zaktualizowano ${date}`,
      getStarted: 'Zacznij teraz',
      otherLanguages: 'W innych językach',
      allEntries: 'Wszystkie ścieżki kariery',
      beingPublished: {
        title: 'Trwa publikacja',
        heading: 'Ta ścieżka kariery jest właśnie publikowana',
        note: 'Została opublikowana przed chwilą i jej strona jest w przygotowaniu. Spróbuj ponownie za kilka sekund.',
        seeAll: 'Zobacz wszystkie ścieżki kariery',
      },
      index: {
        title: 'Ścieżki kariery',
        downloadBook: 'Pobierz wszystkie ścieżki kariery w jednym pliku PDF',
        searchLabel: 'Szukaj po tytule',
        search: 'Szukaj',
        titlesWith: (q) => `Tytuły zawierające „${q}”`,
        tagged: (tag) => `z tagiem „${tag}”`,
        showAll: 'Pokaż wszystkie',
        noMatch: 'Żadna opublikowana ścieżka kariery nie pasuje do wyszukiwania.',
        noneYet: 'Nie opublikowano jeszcze żadnej ścieżki kariery.',
        taggedLink: (tag) => `Ścieżki kariery z tagiem ${tag}`,
        pages: 'Strony',
        previous: '← Poprzednia',
        next: 'Następna →',
      },
    },
    page: (n) => `Strona ${n}`,
    handout: (title) => `${title} (materiał w PDF)`,
    bookTitle: 'Ścieżki kariery',
    contents: 'Spis treści',
    // Polish counts in three forms: 1 ścieżka, 2–4 (not 12–14) ścieżki, otherwise ścieżek.
    bookEntries: (count) => {
      const few = count % 10 >= 2 && count % 10 <= 4 && (count % 100 < 12 || count % 100 > 14)
      return `${count} ${count === 1 ? 'ścieżka kariery' : few ? 'ścieżki kariery' : 'ścieżek kariery'}`
    },
  },
}
