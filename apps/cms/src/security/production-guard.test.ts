import { expect, it } from 'vitest'
import { assertProductionSafe, productionProblems, strongSecret } from './production-guard'

const strong = 'e2b7c4f1a9d3086b5f2e7c1d4a8b3f6e0c9d2a7b'

it('refuses a weak secret, a forced schema push and PAYLOAD_DROP_DATABASE in production, naming each', () => {
  expect(productionProblems({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toEqual([])
  expect(productionProblems({ NODE_ENV: 'production' })).toEqual([]) // generated beside the embedded database
  const all = productionProblems({ NODE_ENV: 'production', PAYLOAD_SECRET: 'secret', PAYLOAD_FORCE_DRIZZLE_PUSH: 'true', PAYLOAD_DROP_DATABASE: 'true' })
  expect(all).toHaveLength(3)
  expect(all.join('\n')).toMatch(/PAYLOAD_SECRET is weak.*\n.*PAYLOAD_FORCE_DRIZZLE_PUSH.*\n.*PAYLOAD_DROP_DATABASE/)
  expect(() => assertProductionSafe({ NODE_ENV: 'production', PAYLOAD_DROP_DATABASE: 'true' })).toThrow(/Refusing to start in production:\n {2}- PAYLOAD_DROP_DATABASE/)
  // Development may do all of it.
  expect(productionProblems({ NODE_ENV: 'development', PAYLOAD_SECRET: 'x', PAYLOAD_DROP_DATABASE: 'true' })).toEqual([])
})

it('calls a secret strong when it is long and varied', () => {
  expect(strongSecret(strong)).toBe(true)
  expect(strongSecret('short-but-random-9f3k')).toBe(false)
  expect(strongSecret('a'.repeat(64))).toBe(false)
  expect(strongSecret('YOUR_SECRET_HERE')).toBe(false)
})
