import { afterEach, expect, it } from 'vitest'
import { clientAddress, peerHeader, rateLimit } from './rate-limits'

afterEach(() => {
  delete process.env.CAREERS_TRUSTED_PROXIES
})

it('takes the address the server saw, not what the client claims, unless told how many proxies are in front', () => {
  const claimed = new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.5', [peerHeader]: '127.0.0.1' })
  expect(clientAddress(claimed)).toBe('127.0.0.1')
  process.env.CAREERS_TRUSTED_PROXIES = '1'
  expect(clientAddress(claimed)).toBe('10.0.0.5')
})

it('answers 429 with Retry-After once a client is over its limit, and counts clients apart', async () => {
  const a = new Headers({ [peerHeader]: '192.0.2.1' })
  const b = new Headers({ [peerHeader]: '192.0.2.2' })
  for (let i = 0; i < 5; i++) expect(await rateLimit('passwordReset', a)).toBeUndefined()
  const limited = await rateLimit('passwordReset', a)
  expect(limited?.status).toBe(429)
  expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(((await limited!.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/Too many password reset requests/)
  expect(await rateLimit('passwordReset', b)).toBeUndefined()
})
