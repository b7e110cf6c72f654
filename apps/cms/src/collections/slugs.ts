/** Collection slugs, apart from their configs so hooks and routes can name them without import cycles. */
export const careerPathsSlug = 'career-paths'
export const publishedFilesSlug = 'published-files'
export const feedItemsSlug = 'feed-items'
export const usersSlug = 'users'
export const settingsSlug = 'settings'
/** Payload's own jobs collection (renders, scheduled publishing). */
export const jobsSlug = 'payload-jobs'
/** The change log partners follow (`/changes.json`). */
export const changesSlug = 'changes'
/** Partners' webhook endpoints (admins only), and every delivery attempt to them. */
export const webhooksSlug = 'webhooks'
export const webhookAttemptsSlug = 'webhook-attempts'
