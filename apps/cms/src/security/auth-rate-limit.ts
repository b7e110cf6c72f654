import { getOperationAST, Kind, parse, type DocumentNode, type SelectionSetNode, type ValueNode } from 'graphql'
import { rateLimit, type RateLimitKind } from './rate-limits'

type Attempts = { kind: RateLimitKind; count: number; accounts: string[] }

/** Payload's GraphQL names its auth mutations `login<Collection>`, `forgotPassword<Collection>`, `resetPassword<Collection>`. */
const mutationKinds: [RegExp, RateLimitKind][] = [
  [/^login[A-Z]/, 'login'],
  [/^(forgotPassword|resetPassword)[A-Z]/, 'passwordReset'],
]

/** A string argument's value, written inline or passed as a variable. */
function stringArgument(value: ValueNode | undefined, variables: Record<string, unknown>): string | undefined {
  const found = value?.kind === Kind.STRING ? value.value : value?.kind === Kind.VARIABLE ? variables[value.name.value] : undefined
  return typeof found === 'string' && found.trim() ? found.trim().toLowerCase() : undefined
}

/**
 * The sign-in and reset attempts in a GraphQL request body, read the way the
 * server will run it: the operation it selects (by `operationName`, or the only
 * one), if that is a mutation, and its top-level fields, through fragments;
 * each aliased field is an attempt of its own (fields sharing a response key run
 * once, as GraphQL merges them). Names inside strings, comments or
 * results are not fields. A body the server will reject (not JSON, no query, a
 * query that does not parse, no operation selected) holds no attempt.
 */
export function graphqlAttempts(body: string): Attempts[] {
  let request: { query?: unknown; operationName?: unknown; variables?: unknown }
  let document: DocumentNode
  try {
    request = JSON.parse(body) ?? {}
    if (typeof request.query !== 'string') return []
    document = parse(request.query)
  } catch {
    return []
  }
  const operationName = typeof request.operationName === 'string' ? request.operationName : undefined
  const operation = getOperationAST(document, operationName)
  if (operation?.operation !== 'mutation') return []
  const variables = typeof request.variables === 'object' && request.variables !== null ? (request.variables as Record<string, unknown>) : {}
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])))

  const found = new Map<RateLimitKind, Attempts>()
  const spread = new Set<string>()
  const responseKeys = new Set<string>()
  const visit = (selections: SelectionSetNode) => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet)
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        // A fragment spread twice runs once; a cycle is refused by the server.
        const fragment = fragments.get(selection.name.value)
        if (!fragment || spread.has(selection.name.value)) continue
        spread.add(selection.name.value)
        visit(fragment)
      } else {
        const kind = mutationKinds.find(([pattern]) => pattern.test(selection.name.value))?.[1]
        const responseKey = selection.alias?.value ?? selection.name.value
        if (!kind || responseKeys.has(responseKey)) continue
        responseKeys.add(responseKey)
        const attempts = found.get(kind) ?? { kind, count: 0, accounts: [] }
        attempts.count++
        if (selection.name.value.startsWith('forgotPassword')) {
          const account = stringArgument(selection.arguments?.find((a) => a.name.value === 'email' || a.name.value === 'username')?.value, variables)
          if (account) attempts.accounts.push(account)
        }
        found.set(kind, attempts)
      }
    }
  }
  visit(operation.selectionSet)
  return [...found.values()]
}

/** The body, read from a clone so Payload still gets it; empty when it cannot be read. */
async function bodyText(request: Request): Promise<string> {
  try {
    return await request.clone().text()
  } catch {
    return ''
  }
}

/** The account a REST password reset names, lowercased: the per-account limit's key. */
async function restResetAccounts(request: Request, path: string): Promise<string[]> {
  if (!/\/forgot-password\/?$/.test(path)) return []
  let body: { email?: unknown; username?: unknown } | undefined
  try {
    body = JSON.parse(await bodyText(request))
  } catch {
    return []
  }
  const account = body?.email ?? body?.username
  return typeof account === 'string' && account.trim() ? [account.trim().toLowerCase()] : []
}

/** Which limits a POST to the API falls under: REST's login and password routes by path, GraphQL's by the mutations in the body. */
async function attempts(request: Request): Promise<Attempts[]> {
  const path = new URL(request.url).pathname
  if (/\/api\/[^/]+\/login\/?$/.test(path)) return [{ kind: 'login', count: 1, accounts: [] }]
  if (/\/api\/[^/]+\/(forgot-password|reset-password)\/?$/.test(path)) return [{ kind: 'passwordReset', count: 1, accounts: await restResetAccounts(request, path) }]
  if (/\/api\/graphql\/?$/.test(path)) return graphqlAttempts(await bodyText(request))
  return []
}

export async function authRateLimit(request: Request): Promise<Response | undefined> {
  for (const { kind, count, accounts } of await attempts(request)) {
    const limited = await rateLimit(kind, request.headers, count)
    if (limited) return limited
    for (const account of accounts) {
      const perAccount = await rateLimit('passwordResetAccount', request.headers, 1, account)
      if (perAccount) return perAccount
    }
  }
  return undefined
}
