import type { LocaleConfig } from './locale-config.js'

/**
 * Spanish. The job is named inside the sentence in lower case ("¿Es difícil
 * ser ingeniero de datos?"); the indefinite article agrees with the title's
 * gender, which only the entry knows: `forms: { indefinite: un desarrollador backend }`.
 */
export const es: LocaleConfig = {
  code: 'es',
  name: 'Español',
  headings: {
    page: '{title}: trayectoria profesional',
    life: 'Cómo es trabajar como {title_mid}',
    sections: {
      definition: '¿Qué es {indefinite}?',
      whatTheyDo: '¿Qué hace {indefinite}?',
      responsibilities: 'Principales responsabilidades de {indefinite}',
      specializations: 'Tipos de {title_mid}',
      workEnvironment: 'Entorno de trabajo',
      workingConditions: 'Condiciones laborales',
      difficulty: '¿Es difícil ser {title_mid}?',
      outlook: '¿Ser {title_mid} es una buena salida profesional?',
      faqs: 'Preguntas frecuentes sobre la profesión',
      related: 'Trayectorias profesionales relacionadas',
    },
  },
  quotes: { open: '«', close: '»', innerOpen: '“', innerClose: '”' },
  hyphenation: 'es',
  labels: {
    site: {
      skipToContent: 'Saltar al contenido',
      downloads: 'Descargas',
      downloadHandout: 'Descargar la ficha en PDF',
      updated: (date) => `Actualizado el ${date}`,
      getStarted: 'Empieza ahora',
      otherLanguages: 'En otros idiomas',
      allEntries: 'Todas las trayectorias profesionales',
      beingPublished: {
        title: 'Publicándose',
        heading: 'Esta trayectoria profesional se está publicando',
        note: 'Se publicó hace un momento y su página se está preparando. Vuelve a intentarlo dentro de unos segundos.',
        seeAll: 'Ver todas las trayectorias profesionales',
      },
      index: {
        title: 'Trayectorias profesionales',
        downloadBook: 'Descarga todas las trayectorias profesionales en un solo PDF',
        searchLabel: 'Buscar por título',
        search: 'Buscar',
        titlesWith: (q) => `Títulos con «${q}»`,
        tagged: (tag) => `con la etiqueta «${tag}»`,
        showAll: 'Mostrar todas',
        noMatch: 'Ninguna trayectoria profesional publicada coincide con la búsqueda.',
        noneYet: 'Todavía no hay trayectorias profesionales publicadas.',
        taggedLink: (tag) => `Trayectorias profesionales con la etiqueta ${tag}`,
        pages: 'Páginas',
        previous: '← Anterior',
        next: 'Siguiente →',
      },
    },
    page: (n) => `Página ${n}`,
    handout: (title) => `${title} (ficha en PDF)`,
    bookTitle: 'Trayectorias profesionales',
    contents: 'Índice',
    bookEntries: (count) => (count === 1 ? '1 trayectoria profesional' : `${count} trayectorias profesionales`),
  },
}
