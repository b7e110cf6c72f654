/**
 * The origins a browser may act from: the admin's cookie counts only on requests
 * from these (Payload's CSRF check), and only these get CORS headers. The site's
 * public address (`CAREERS_BASE_URL`), any listed in `CAREERS_ALLOWED_ORIGINS`
 * (comma-separated), and this server on localhost.
 */
export function allowedOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const port = env.PORT || '3000'
  const listed = (env.CAREERS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  const named = [...(env.CAREERS_BASE_URL ? [['CAREERS_BASE_URL', env.CAREERS_BASE_URL] as const] : []), ...listed.map((o) => ['CAREERS_ALLOWED_ORIGINS', o] as const)]
  const origins = named.map(([name, value]) => originOf(name, value))
  return [...new Set([...origins, `http://localhost:${port}`, `http://127.0.0.1:${port}`])]
}

function originOf(name: string, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`${name}: "${value}" is not an address like https://careers.example.com`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${name}: "${value}" must start with https:// or http://`)
  return url.origin
}
