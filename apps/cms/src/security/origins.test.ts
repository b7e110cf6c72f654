import { expect, it } from 'vitest'
import { allowedOrigins } from './origins'

it('allows the public address, the listed origins and this server on localhost, as origins', () => {
  expect(allowedOrigins({ PORT: '4000', CAREERS_BASE_URL: 'https://careers.example.com/some/path', CAREERS_ALLOWED_ORIGINS: ' https://cms.example.com , http://intranet.example:8080/' })).toEqual([
    'https://careers.example.com',
    'https://cms.example.com',
    'http://intranet.example:8080',
    'http://localhost:4000',
    'http://127.0.0.1:4000',
  ])
  expect(allowedOrigins({})).toEqual(['http://localhost:3000', 'http://127.0.0.1:3000'])
})

it('says which setting holds an address that is not one', () => {
  expect(() => allowedOrigins({ CAREERS_ALLOWED_ORIGINS: 'cms.example.com' })).toThrow('CAREERS_ALLOWED_ORIGINS: "cms.example.com" is not an address like https://careers.example.com')
  expect(() => allowedOrigins({ CAREERS_BASE_URL: 'ftp://x.example' })).toThrow(/CAREERS_BASE_URL: .* must start with https:\/\//)
})
