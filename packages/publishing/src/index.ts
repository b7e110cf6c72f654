export { renderMarkdown, parseMarkdown, careerPathToMdast } from './markdown/index.js'
export type { ParsedMarkdown, ParseOptions, EntryToMdastOptions } from './markdown/index.js'
export {
  buildFeed,
  careerPathFeedItem,
  careerPathToJson,
  entryId,
  renderEntryHtml,
  clampPageSize,
  jsonFeedMimeType,
} from './feed/index.js'
export type { CareerPathFeed, CareerPathFeedItem, CareerPathJson, CareerPathJsonOptions, TranslationStatus } from './feed/index.js'
export { entryLanguage, entryUrls, feedUrl, siteUrl, type SiteSettings, type EntryUrls } from './site.js'
export { rendererVersion } from './renderer-version.js'
export { definitionLead } from './lead.js'
export { contentHash } from './content-hash.js'
