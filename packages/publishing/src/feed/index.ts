export { buildFeed, clampPageSize, defaultFeedPageSize, feedPageFromQuery, maxFeedPageSize, type FeedPage } from './build-feed.js'
export { careerPathFeedItem, type FeedItemInput } from './feed-item.js'
export { careerPathToJson, entryId, type CareerPathJson, type CareerPathJsonOptions, type TranslationStatus } from './entry-json.js'
export { renderEntryHtml } from './entry-html.js'
export { extensionDoc } from './extension-doc.js'
export { jsonFeedMimeType, type CareerPathFeed, type CareerPathFeedItem } from './feed-types.js'
// The feed's order and the readers' cursors (the lead re-homes these under `@careers/publishing/contract`).
export { compareFeedPlaces, feedOrder, feedPlaceOf, newestFirstOf, type FeedPlace } from '../contract/feed-order.js'
export { BadCursorError, decodeChangeCursor, decodeFeedCursor, encodeChangeCursor, encodeFeedCursor, unknownChangeCursorMessage } from '../contract/cursors.js'
