/**
 * The editor's side of a run, over REST as the admin does it: the first admin,
 * a sign-in, and publishing one entry with a changed field.
 */
const password = 'correct horse battery staple'

async function call(url: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const { token, ...rest } = init
  return fetch(url, {
    ...rest,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}), ...(rest.headers as object) },
  })
}

async function ok(response: Response, what: string): Promise<unknown> {
  const text = await response.text()
  if (!response.ok) throw new Error(`${what}: ${response.status} ${text.slice(0, 500)}`)
  return text ? JSON.parse(text) : undefined
}

/** `POST /api/users/first-register`, then `POST /api/users/login`: the admin's token. */
export async function firstAdmin(base: string): Promise<string> {
  const email = 'bench-admin@example.com'
  await ok(await call(`${base}/api/users/first-register`, { method: 'POST', body: JSON.stringify({ email, password }) }), 'first-register')
  const login = (await ok(await call(`${base}/api/users/login`, { method: 'POST', body: JSON.stringify({ email, password }) }), 'login')) as { token?: string }
  if (!login.token) throw new Error('login answered without a token')
  return login.token
}

export interface PublishTimes {
  /** Each `PATCH` request's time until its answer was read. */
  requestMs: number[]
  /** From each request's start until the public `.md` showed the change (undefined: not within the wait). */
  visibleMs: (number | undefined)[]
}

interface Responsibility {
  id?: string
  text: string
}

/**
 * Publishes the entry at `slug` `times` times, each with its last
 * responsibility reworded, and after each waits until its public Markdown
 * shows the new text, so that one publish's render (in the request or in a
 * job) is done before the next publish is timed.
 */
export async function timePublishes(base: string, token: string, slug: string, times: number, maxWaitSeconds = 120): Promise<PublishTimes> {
  const found = (await ok(await call(`${base}/api/career-paths?where[slug][equals]=${slug}&depth=0&limit=1`, { token }), 'find the entry')) as {
    docs: { id: number | string; responsibilities: Responsibility[] }[]
  }
  const doc = found.docs[0]
  if (!doc?.responsibilities?.length) throw new Error(`no entry ${slug} with responsibilities over REST`)
  const measured: PublishTimes = { requestMs: [], visibleMs: [] }
  const stamp = Date.now().toString(36)
  for (let i = 1; i <= times; i++) {
    const marker = `bench revision ${stamp} ${i}`
    const responsibilities = doc.responsibilities.map((r, at, all) => (at === all.length - 1 ? { ...r, text: `${r.text.replace(/ \(bench revision .*\)$/, '')} (${marker})` } : r))
    const started = performance.now()
    const response = await call(`${base}/api/career-paths/${doc.id}`, { method: 'PATCH', token, body: JSON.stringify({ responsibilities, _status: 'published' }) })
    await ok(response, `publish ${slug}`)
    measured.requestMs.push(performance.now() - started)
    let visible: number | undefined
    const deadline = started + maxWaitSeconds * 1000
    while (performance.now() < deadline) {
      const md = await fetch(`${base}/career-paths/${slug}.md`).then(
        (r) => r.text(),
        () => '',
      )
      if (md.includes(marker)) {
        visible = performance.now() - started
        break
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    measured.visibleMs.push(visible)
  }
  return measured
}
