/**
 * Bump when any renderer changes its output (or the build manifest its shape):
 * the build renders every entry again, and the CMS stops serving its stored renders.
 */
export const rendererVersion = 5
