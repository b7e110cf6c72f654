import { expect, it } from 'vitest'
import { isDatabaseUnavailable, unlessUnreachable, unreachable, withDatabase } from './database-unavailable'

it('tells an unreachable database from a bug', () => {
  expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true)
  expect(isDatabaseUnavailable(new Error('query failed', { cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }))).toBe(true)
  expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
  expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'slug')"))).toBe(false)
})

it('answers 503 with Retry-After and a clear message while the database is away, and lets bugs through', async () => {
  const down = withDatabase(async () => {
    throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
  })
  const res = await down()
  expect(res.status).toBe(503)
  expect(res.headers.get('retry-after')).toBe('30')
  expect(await res.text()).toMatch(/database cannot be reached/)
  await expect(
    withDatabase(async () => {
      throw new TypeError('bug')
    })(),
  ).rejects.toThrow('bug')
})

it("gives a page's read, or `unreachable` while the database is away, and lets bugs through", async () => {
  expect(await unlessUnreachable(Promise.resolve(7))).toBe(7)
  expect(await unlessUnreachable(Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })))).toBe(unreachable)
  await expect(unlessUnreachable(Promise.reject(new TypeError('bug')))).rejects.toThrow('bug')
})
