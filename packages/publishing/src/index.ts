export { renderMarkdown, parseMarkdown, careerPathToMdast } from './markdown/index.js'
export type { ParsedMarkdown, ParseOptions, EntryToMdastOptions } from './markdown/index.js'
export {
  buildFeed,
  careerPathFeedItem,
  careerPathToJson,
  entryId,
  renderEntryHtml,
  clampPageSize,
  feedPageFromQuery,
  jsonFeedMimeType,
} from './feed/index.js'
export type { CareerPathFeed, CareerPathFeedItem, CareerPathJson, CareerPathJsonOptions, FeedPage, TranslationStatus } from './feed/index.js'
export { entryLanguage, entryUrls, feedUrl, localePrefix, siteUrl, type SiteSettings, type EntryUrls } from './site.js'
export { rendererVersion } from './renderer-version.js'
export { definitionLead } from './lead.js'
