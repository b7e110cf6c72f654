/** Collection slugs, apart from their configs so hooks and routes can name them without import cycles. */
export const careerPathsSlug = 'career-paths'
export const renderedOutputsSlug = 'rendered-outputs'
export const usersSlug = 'users'
export const settingsSlug = 'settings'
