import { afterAll, beforeAll, expect, it } from 'vitest'
import type { AppServer } from '../support/app-server'
import { startSeededAppServer } from '../support/seeded-app'

/** The production limits, on a server of their own (the other HTTP suites raise the login limit). */
let app: AppServer
beforeAll(async () => {
  app = await startSeededAppServer()
})
afterAll(async () => {
  await app?.stop()
})

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } })

it('answers sign-in attempts past the limit with 429 and Retry-After, whatever address the client claims, over REST and GraphQL', async () => {
  const statuses: number[] = []
  for (let i = 0; i < 10; i++) statuses.push((await post('/api/users/login', { email: `nobody${i}@example.com`, password: 'wrong' }, { 'X-Forwarded-For': `203.0.113.${i}` })).status)
  expect(statuses.every((s) => s === 401)).toBe(true)
  const limited = await post('/api/users/login', { email: 'nobody@example.com', password: 'wrong' }, { 'X-Forwarded-For': '198.51.100.7' })
  expect(limited.status).toBe(429)
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(await limited.text()).toMatch(/Too many sign-in attempts/)
  const viaGraphql = await post('/api/graphql', { query: 'mutation { loginUser(email: "nobody@example.com", password: "wrong") { token } }' })
  expect(viaGraphql.status).toBe(429)
  // Reading is not signing in.
  expect((await fetch(`${app.url}/feed.json`)).status).toBe(200)
})

it('limits password reset requests per account and per client', async () => {
  for (let i = 0; i < 3; i++) expect((await post('/api/users/forgot-password', { email: 'someone@example.com' })).status).toBe(200)
  const account = await post('/api/users/forgot-password', { email: 'Someone@Example.com' })
  expect(account.status).toBe(429)
  expect(await account.text()).toMatch(/for this account/)
  for (let i = 0; i < 1; i++) expect((await post('/api/users/forgot-password', { email: `other${i}@example.com` })).status).toBe(200)
  const client = await post('/api/users/forgot-password', { email: 'third@example.com' })
  expect(client.status).toBe(429)
  expect(await client.text()).toMatch(/from this address/)
  expect(client.headers.get('retry-after')).toBeTruthy()
})

it('limits handout downloads per client, and nothing else on the page', async () => {
  const statuses: number[] = []
  for (let i = 0; i < 60; i++) statuses.push((await fetch(`${app.url}/career-paths/backend-developer.pdf`)).status)
  expect(statuses.filter((s) => s !== 200)).toEqual([])
  const limited = await fetch(`${app.url}/career-paths/backend-developer.pdf`)
  expect(limited.status).toBe(429)
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  expect((await fetch(`${app.url}/career-paths/backend-developer.md`)).status).toBe(200)
  expect((await fetch(`${app.url}/career-paths/backend-developer`)).status).toBe(200)
})
