import { describe, expect, it } from 'vitest'
import { authRateLimit, graphqlAttempts } from './auth-rate-limit'
import { peerHeader } from './rate-limits'

const body = (query: string, more: Record<string, unknown> = {}) => JSON.stringify({ query, ...more })
const login = (alias = '') => `${alias}loginUser(email: "a@example.com", password: "guess") { token }`
const counts = (text: string) => Object.fromEntries(graphqlAttempts(text).map((a) => [a.kind, a.count]))

describe('GraphQL sign-in and reset attempts, read with the GraphQL parser', () => {
  it('counts each login mutation, aliases included', () => {
    expect(counts(body(`mutation { ${login()} }`))).toEqual({ login: 1 })
    expect(counts(body(`mutation { ${login('a: ')} ${login('b: ')} }`))).toEqual({ login: 2 })
  })

  it('counts logins spread through fragments, inline or named, once per field', () => {
    const query = `mutation { ...Guesses ...Guesses ... on Mutation { ${login('c: ')} } }
      fragment Guesses on Mutation { ${login('a: ')} ${login('b: ')} }`
    expect(counts(body(query))).toEqual({ login: 3 })
    // One response key runs once: GraphQL merges the fields (or refuses them when their arguments differ).
    expect(counts(body(`mutation { ${login()} ...Again } fragment Again on Mutation { ${login()} }`))).toEqual({ login: 1 })
  })

  it('does not count a name inside a string, a comment or a result', () => {
    expect(counts(body('mutation { updateCareerPath(id: 1, data: { title: "loginUser loginUser" }) { title } }'))).toEqual({})
    expect(counts(body('mutation {\n  # loginUser(email: "a", password: "b")\n  logoutUser\n}'))).toEqual({})
    expect(counts(body('mutation { updateUser(id: 1, data: {}) { loginAttempts } }'))).toEqual({})
  })

  it('does not count a login-named field of a query: the server runs no mutation for it', () => {
    expect(counts(body('query { loginUser { token } }'))).toEqual({})
    expect(counts(body('{ loginUser { token } }'))).toEqual({})
  })

  it('counts the operation the server will run, chosen by operationName', () => {
    const query = `query Read { meUser { user { email } } } mutation SignIn { ${login('a: ')} ${login('b: ')} }`
    expect(counts(body(query, { operationName: 'SignIn' }))).toEqual({ login: 2 })
    expect(counts(body(query, { operationName: 'Read' }))).toEqual({})
    // Two operations and no name: the server refuses to choose, so nothing runs.
    expect(counts(body(query))).toEqual({})
    expect(counts(body(`mutation SignIn { ${login()} }`, { operationName: 'Other' }))).toEqual({})
    expect(counts(body(`mutation SignIn { ${login()} }`, { operationName: null }))).toEqual({ login: 1 })
  })

  it('counts resets beside logins, and names the accounts a forgot-password mutation asks for', () => {
    const query = `mutation ($who: String!) {
      ${login()}
      a: forgotPasswordUser(email: $who)
      b: forgotPasswordUser(email: " Other@Example.com ")
      resetPasswordUser(token: "t", password: "p") { token }
    }`
    expect(graphqlAttempts(body(query, { variables: { who: 'Victim@Example.com' } }))).toEqual([
      { kind: 'login', count: 1, accounts: [] },
      { kind: 'passwordReset', count: 3, accounts: ['victim@example.com', 'other@example.com'] },
    ])
  })

  it('finds no attempt in a body the server will reject', () => {
    for (const text of ['', 'loginUser', `mutation { ${login()} }`, '[]', 'null', '{"query": 42}', body('mutation { loginUser( }'), body(`mutation { ${login()}`)]) {
      expect(graphqlAttempts(text), text).toEqual([])
    }
  })
})

describe('authRateLimit', () => {
  const post = (path: string, text: string, peer: string) => new Request(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json', [peerHeader]: peer }, body: text })

  it('charges one GraphQL request for every aliased login in it', async () => {
    const ten = body(`mutation { ${Array.from({ length: 10 }, (_, i) => login(`a${i}: `)).join(' ')} }`)
    expect(await authRateLimit(post('/api/graphql', ten, '198.51.100.1'))).toBeUndefined()
    expect((await authRateLimit(post('/api/graphql', body(`mutation { ${login()} }`), '198.51.100.1')))?.status).toBe(429)
    // A request that is not an attempt passes whatever the count.
    expect(await authRateLimit(post('/api/graphql', body('{ meUser { user { email } } }'), '198.51.100.1'))).toBeUndefined()
  })

  it('keeps the REST routes: one attempt per login, and a per-account limit on forgot-password', async () => {
    for (let i = 0; i < 10; i++) expect(await authRateLimit(post('/api/users/login', '{}', '198.51.100.2'))).toBeUndefined()
    expect((await authRateLimit(post('/api/users/login', '{}', '198.51.100.2')))?.status).toBe(429)
    const forgot = JSON.stringify({ email: 'target@example.com' })
    for (let i = 0; i < 3; i++) expect(await authRateLimit(post('/api/users/forgot-password', forgot, `198.51.100.${10 + i}`))).toBeUndefined()
    expect((await authRateLimit(post('/api/users/forgot-password', forgot, '198.51.100.20')))?.status).toBe(429)
  })

  it('applies the per-account reset limit to GraphQL too', async () => {
    const forgot = body('mutation { forgotPasswordUser(email: "graphql-target@example.com") }')
    for (let i = 0; i < 3; i++) expect(await authRateLimit(post('/api/graphql', forgot, `198.51.100.${30 + i}`))).toBeUndefined()
    expect((await authRateLimit(post('/api/graphql', forgot, '198.51.100.40')))?.status).toBe(429)
  })
})
