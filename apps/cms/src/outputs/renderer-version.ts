import publishing from '@careers/publishing/package.json' with { type: 'json' }

/**
 * Part of every stored render's hash: a new publishing package (or a bump here
 * after a renderer change) renders everything again instead of serving old bytes.
 */
export const rendererVersion = `${publishing.version}+cms.1`
