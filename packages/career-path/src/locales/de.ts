import type { LocaleConfig } from './locale-config.js'

/**
 * German. Nouns keep their capital; the article and the genitive depend on
 * the title's gender and declension, so the entry gives them:
 * `forms: { indefinite: ein Backend-Entwickler, genitive: eines Backend-Entwicklers }`.
 */
export const de: LocaleConfig = {
  code: 'de',
  name: 'Deutsch',
  headings: {
    page: 'Berufsbild {title}',
    life: 'Der Berufsalltag als {title}',
    sections: {
      definition: 'Was ist {indefinite}?',
      whatTheyDo: 'Was macht {indefinite}?',
      responsibilities: 'Die wichtigsten Aufgaben {genitive}',
      specializations: 'Spezialisierungen als {title}',
      workEnvironment: 'Arbeitsumfeld',
      workingConditions: 'Arbeitsbedingungen',
      difficulty: 'Wie anspruchsvoll ist die Arbeit als {title}?',
      outlook: 'Ist {title} ein Beruf mit Zukunft?',
      faqs: 'Häufige Fragen zum Beruf',
      related: 'Verwandte Berufsbilder',
    },
  },
  quotes: { open: '„', close: '“', innerOpen: '‚', innerClose: '‘' },
  hyphenation: 'de',
  labels: {
    site: {
      skipToContent: 'Zum Inhalt springen',
      downloads: 'Downloads',
      downloadHandout: 'Handout als PDF herunterladen',
      updated: (date) => `Aktualisiert am ${date}`,
      getStarted: 'Jetzt starten',
      otherLanguages: 'In anderen Sprachen',
      allEntries: 'Alle Berufsbilder',
      beingPublished: {
        title: 'Wird veröffentlicht',
        heading: 'Dieses Berufsbild wird gerade veröffentlicht',
        note: 'Es wurde vor wenigen Augenblicken veröffentlicht, und seine Seite wird gerade erstellt. Bitte versuchen Sie es in ein paar Sekunden erneut.',
        seeAll: 'Alle Berufsbilder ansehen',
      },
      index: {
        title: 'Berufsbilder',
        downloadBook: 'Alle Berufsbilder als ein PDF herunterladen',
        searchLabel: 'Nach Titel suchen',
        search: 'Suchen',
        titlesWith: (q) => `Titel mit „${q}“`,
        tagged: (tag) => `mit dem Schlagwort „${tag}“`,
        showAll: 'Alle anzeigen',
        noMatch: 'Kein veröffentlichtes Berufsbild passt zur Suche.',
        noneYet: 'Es sind noch keine Berufsbilder veröffentlicht.',
        taggedLink: (tag) => `Berufsbilder mit dem Schlagwort ${tag}`,
        pages: 'Seiten',
        previous: '← Zurück',
        next: 'Weiter →',
      },
    },
    page: (n) => `Seite ${n}`,
    handout: (title) => `${title} (Handout als PDF)`,
    bookTitle: 'Berufsbilder',
    contents: 'Inhalt',
    bookEntries: (count) => (count === 1 ? '1 Berufsbild' : `${count} Berufsbilder`),
  },
}
