import { withArticle } from '../article.js'
import type { LocaleConfig } from './locale-config.js'

/** English: the canonical headings of the seed, byte for byte. */
export const en: LocaleConfig = {
  code: 'en',
  name: 'English',
  headings: {
    page: '{title} Career Path',
    life: "What it's like to be {indefinite}",
    sections: {
      definition: 'Definition of {indefinite}',
      whatTheyDo: 'What does {indefinite} do',
      responsibilities: 'Key responsibilities of {indefinite}',
      specializations: 'Types of {title}',
      workEnvironment: '{title} work environment',
      workingConditions: '{title} working conditions',
      difficulty: 'How hard is it to be {indefinite}',
      outlook: 'Is {indefinite} a good career path',
      faqs: 'FAQs about being {indefinite}',
      related: 'Related Career Paths',
    },
  },
  computedForms: (title) => ({ indefinite: withArticle(title) }),
  // English handouts draw text as typed (and word breaks only in long URLs): what they have always done.
  labels: {
    site: {
      skipToContent: 'Skip to content',
      downloads: 'Downloads',
      downloadHandout: 'Download PDF handout',
      updated: (date) => `Updated ${date}`,
      getStarted: 'Get started',
      otherLanguages: 'In other languages',
      allEntries: 'All career paths',
      beingPublished: {
        title: 'Being published',
        heading: 'This career path is being published',
        note: 'It was published moments ago and its page is being made. Please try again in a few seconds.',
        seeAll: 'See all career paths',
      },
      index: {
        title: 'Career paths',
        downloadBook: 'Download every career path as one PDF',
        searchLabel: 'Search by title',
        search: 'Search',
        titlesWith: (q) => `Titles with “${q}”`,
        tagged: (tag) => `tagged “${tag}”`,
        showAll: 'Show all',
        noMatch: 'No published career path matches.',
        noneYet: 'No career paths are published yet.',
        taggedLink: (tag) => `Career paths tagged ${tag}`,
        pages: 'Pages',
        previous: '← Previous',
        next: 'Next →',
      },
    },
    page: (n) => `Page ${n}`,
    handout: (title) => `${title} handout`,
    bookTitle: 'Career paths',
    contents: 'Contents',
    bookEntries: (count) => (count === 1 ? '1 career path' : `${count} career paths`),
  },
}
