/**
 * What production refuses to start with, each with the fix in the message.
 * Payload itself would honour these switches in production: a forced schema
 * push can drop columns holding data, and PAYLOAD_DROP_DATABASE empties the
 * database on start.
 */
export function productionProblems(env: Record<string, string | undefined>): string[] {
  if (env.NODE_ENV !== 'production') return []
  const problems: string[] = []
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret && !strongSecret(secret)) {
    problems.push('PAYLOAD_SECRET is weak: use 32 or more random characters (e.g. `openssl rand -hex 32`), or unset it on the embedded SQLite database to have one generated')
  }
  if (env.PAYLOAD_FORCE_DRIZZLE_PUSH === 'true') {
    problems.push('PAYLOAD_FORCE_DRIZZLE_PUSH=true would push the schema in production: unset it; production applies the committed migrations')
  }
  if (env.PAYLOAD_DROP_DATABASE === 'true') {
    problems.push('PAYLOAD_DROP_DATABASE=true would empty the database on start: unset it')
  }
  return problems
}

const known = new Set(['secret', 'changeme', 'change-me', 'password', 'your_secret_here', 'your-secret-here', 'payload', 'test'])

/** Long enough and not one character repeated or a placeholder. */
export function strongSecret(secret: string): boolean {
  if (secret.length < 32) return false
  if (known.has(secret.toLowerCase())) return false
  return new Set(secret).size >= 10
}

/** Throws one message listing every problem: a deploy is fixed in one go. */
export function assertProductionSafe(env: Record<string, string | undefined> = process.env): void {
  const problems = productionProblems(env)
  if (problems.length) throw new Error(`Refusing to start in production:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
}
