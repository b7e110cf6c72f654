import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { Webhook } from 'standardwebhooks'
import { afterAll, afterEach, beforeEach, describe, expect } from 'vitest'
import { webhookAttemptsSlug, webhooksSlug } from '../../src/collections/slugs'
import { rotateSecretEndpoint } from '../../src/collections/Webhooks/rotate-secret-endpoint'
import { sendTestEndpoint } from '../../src/collections/Webhooks/send-test-endpoint'
import { entryToDocumentData } from '../../src/entries/document-entry'
import { drainRenders, runDeliveries, runWorker } from '../../src/rendering/worker'
import type { User } from '../../src/payload-types'
import { queueDelivery } from '../../src/webhooks/deliver-task'
import { configureDelivery } from '../../src/webhooks/delivery-settings'
import type { TestDatabase } from '../support/databases'
import { suiteDatabase } from '../support/suite-database'
import { draftEntry } from './cms-suite'

interface Received {
  url: string
  body: string
  headers: Record<string, string>
}

/** How the test endpoint answers the n-th request it gets (0-based): a status, or never. */
type Behaviour = (n: number) => number | 'never'

/**
 * Webhooks against a local test endpoint on 127.0.0.1. No test here may open a
 * connection anywhere else, even with the address checks broken: the resolver
 * is a stub that knows one name, and the connection guard records and stops
 * any connection to an address outside 127.0.0.0/8 and ::1 (the suite then fails).
 */
export function webhooksSuite(name: string, database: () => Promise<TestDatabase> | TestDatabase): void {
  describe(`webhooks on ${name}`, () => {
    let payload: Payload
    let admin: User
    let editor: User
    const received: Received[] = []
    let behaviour: Behaviour = () => 200
    const hanging: ServerResponse[] = []
    let port = 0
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const n = received.length
        received.push({ url: req.url ?? '', body: Buffer.concat(chunks).toString('utf8'), headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])) })
        const answer = behaviour(n)
        if (answer === 'never') return void hanging.push(res)
        res.writeHead(answer, { 'content-type': 'text/plain', ...(answer >= 300 && answer < 400 ? { location: `http://127.0.0.1:${port}/redirected` } : {}) })
        res.end(`answer ${n}: ${'x'.repeat(5000)}`)
      })
    })
    const violations: string[] = []
    let restore: () => void = () => {}

    const { test } = suiteDatabase(`webhooks on ${name}`, database, async (started) => {
      payload = started
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      port = (server.address() as AddressInfo).port
      admin = { ...(await payload.create({ collection: 'users', data: { email: 'admin@example.com', password: 'correct horse battery' } as never })), collection: 'users' }
      editor = { ...(await payload.create({ collection: 'users', data: { email: 'editor@example.com', password: 'correct horse battery', role: 'editor' } as never })), collection: 'users' }
    })
    afterAll(async () => {
      for (const res of hanging) res.destroy()
      await new Promise((resolve) => server.close(resolve))
    })
    beforeEach(() => {
      received.length = 0
      behaviour = () => 200
      violations.length = 0
      restore = configureDelivery({
        allowPrivate: true,
        resolver: async (hostname) => {
          if (hostname === 'loopback.test') return [{ address: '127.0.0.1', family: 4 }]
          throw new Error(`the test resolver knows no ${hostname}`)
        },
        guard: (address, port) => {
          if (/^127\./.test(address) || address === '::1') return
          violations.push(`${address}:${port}`)
          throw new Error(`test guard: a connection to ${address}:${port} was about to be opened`)
        },
        timeoutMs: 300,
        firstRetryMs: 5,
        maxRetryMs: 20,
        giveUpAfterMs: 60 * 60_000,
      })
    })
    afterEach(async () => {
      restore()
      expect(violations, 'connections outside loopback were attempted').toEqual([])
      // Leave no endpoint behind for the next test's changes.
      if (payload) await payload.db.deleteMany({ collection: webhooksSlug, where: { id: { exists: true } } })
    })

    const register = async (url: string, events = ['published', 'unpublished', 'deleted']) => {
      const made = (await payload.create({ collection: webhooksSlug, data: { url, events } as never, user: admin, overrideAccess: false })) as unknown as { id: number | string; secret?: string }
      return { id: made.id, secret: made.secret! }
    }
    let entries = 0
    const publishNew = async () => {
      const slug = `hooked-${entries++}`
      const data = entryToDocumentData(draftEntry(slug, `Hooked ${entries}`), () => undefined)
      const doc = await payload.create({ collection: 'career-paths', data: { ...data, _status: 'published' }, user: editor, overrideAccess: false })
      return { id: doc.id, slug }
    }
    const pendingDeliveries = async () =>
      (await payload.db.count({ collection: 'payload-jobs', where: { and: [{ taskSlug: { equals: 'deliverWebhook' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] } })).totalDocs
    /** Runs deliveries (the worker's loop) until none is waiting. */
    const deliverAll = async () => {
      for (let rounds = 0; rounds < 500; rounds++) {
        if ((await runDeliveries(payload)) === 0 && (await pendingDeliveries()) === 0) return
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
      throw new Error('deliveries never ended')
    }
    const attempts = async (webhook: number | string) =>
      (await payload.find({ collection: webhookAttemptsSlug, where: { webhook: { equals: webhook } }, sort: 'at', overrideAccess: true, limit: 100 })).docs as unknown as {
        outcome: string
        status?: number | null
        error?: string | null
        response?: string | null
        attempt: number
        durationMs: number
        event: string
      }[]

    test('a change is delivered once to each endpoint that wants it, signed so that Webhook.verify accepts it, with the feed item', async () => {
      const hook = await register(`http://127.0.0.1:${port}/hook`)
      expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
      const onlyDeletes = await register(`http://127.0.0.1:${port}/deletes`, ['deleted'])
      const { slug } = await publishNew()
      await drainRenders(payload)
      await deliverAll()
      await deliverAll()
      expect(received.map((r) => r.headers.host)).toEqual([`127.0.0.1:${port}`])
      const [message] = received
      const verified = new Webhook(hook.secret).verify(message!.body, message!.headers) as { type: string; data: { change: { type: string; slug: string; id: string; url: string }; item: { id: string } } }
      expect(verified.type).toBe('career-path.published')
      expect(verified.data.change).toMatchObject({ type: 'published', slug, id: `urn:careers:career-path:${slug}`, url: expect.stringMatching(new RegExp(`/career-paths/${slug}$`)) })
      expect(verified.data.item.id).toBe(verified.data.change.id)
      expect(message!.headers['webhook-id']).toMatch(/^msg_change_\d+$/)
      expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(message!.body, message!.headers)).toThrow()
      const logged = await attempts(hook.id)
      expect(logged).toMatchObject([{ outcome: 'delivered', status: 200, attempt: 1, event: 'published' }])
      expect(logged[0]!.response!.length).toBeLessThanOrEqual(1024)
      expect(await attempts(onlyDeletes.id)).toEqual([])
    })

    test('the running worker renders a publish, then delivers its change, from its two loops', async () => {
      const hook = await register(`http://127.0.0.1:${port}/worker`)
      const stop = new AbortController()
      const worker = runWorker(payload, { pollMs: 50, signal: stop.signal })
      try {
        const { slug } = await publishNew()
        for (const deadline = Date.now() + 60_000; received.length === 0 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50))
        expect(received).toHaveLength(1)
        expect((new Webhook(hook.secret).verify(received[0]!.body, received[0]!.headers) as { data: { change: { slug: string } } }).data.change.slug).toBe(slug)
      } finally {
        stop.abort()
        await worker
      }
    })

    test('an endpoint that fails twice, then answers, gets three logged attempts and one success', async () => {
      behaviour = (n) => (n < 2 ? 500 : 204)
      const hook = await register(`http://127.0.0.1:${port}/flaky`)
      await publishNew()
      await drainRenders(payload)
      await deliverAll()
      expect(received).toHaveLength(3)
      expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1) // one message, three tries
      expect((await attempts(hook.id)).map(({ outcome, status, attempt }) => ({ outcome, status, attempt }))).toEqual([
        { outcome: 'retrying', status: 500, attempt: 1 },
        { outcome: 'retrying', status: 500, attempt: 2 },
        { outcome: 'delivered', status: 204, attempt: 3 },
      ])
    })

    test('a redirect is not followed: it is a failed attempt, retried at the endpoint itself', async () => {
      behaviour = (n) => (n === 0 ? 307 : 204)
      const hook = await register(`http://127.0.0.1:${port}/moved`)
      await publishNew()
      await drainRenders(payload)
      await deliverAll()
      expect(received.map((r) => r.url)).toEqual(['/moved', '/moved'])
      expect((await attempts(hook.id)).map(({ outcome, status }) => ({ outcome, status }))).toEqual([
        { outcome: 'retrying', status: 307 },
        { outcome: 'delivered', status: 204 },
      ])
    })

    test('an endpoint that never answers is retried on the backoff schedule, then the delivery fails and the endpoint is disabled with a notice', async () => {
      restore()
      restore = configureDelivery({ ...currentStubs(), timeoutMs: 100, firstRetryMs: 20, maxRetryMs: 80, giveUpAfterMs: 1500 })
      behaviour = () => 'never'
      const hook = await register(`http://127.0.0.1:${port}/silent`)
      await publishNew()
      await drainRenders(payload)
      await deliverAll()
      const logged = await attempts(hook.id)
      expect(logged.length).toBeGreaterThanOrEqual(3)
      expect(logged.slice(0, -1).every((a) => a.outcome === 'retrying')).toBe(true)
      expect(logged.at(-1)!.outcome).toBe('failed')
      expect(logged.every((a) => a.error === 'no answer within 0.1 s' && a.status == null)).toBe(true)
      expect(logged.map((a) => a.attempt)).toEqual(logged.map((_, i) => i + 1))
      const endpoint = (await payload.findByID({ collection: webhooksSlug, id: hook.id, overrideAccess: true })) as unknown as { enabled: boolean; disabledReason?: string }
      expect(endpoint.enabled).toBe(false)
      expect(endpoint.disabledReason).toMatch(/^Disabled .*: every delivery failed since .* \(last: no answer within 0\.1 s\)/)
    })

    test('a slow endpoint does not slow a publish: the publish and its render run before any delivery starts', async () => {
      behaviour = () => 'never'
      await register(`http://127.0.0.1:${port}/slow`)
      const { slug } = await publishNew()
      expect(received).toHaveLength(0)
      expect(await pendingDeliveries()).toBe(0) // the render, not the publish, logs the change
      await drainRenders(payload) // renders only: deliveries are the worker's other loop
      expect(received).toHaveLength(0)
      expect(await pendingDeliveries()).toBe(1)
      expect(slug).toMatch(/^hooked-/)
      await payload.db.deleteMany({ collection: 'payload-jobs', where: { taskSlug: { equals: 'deliverWebhook' } } })
    })

    test('targets on loopback, private and link-local addresses, and a name resolving to loopback, are refused and logged, without the setting', async () => {
      restore()
      restore = configureDelivery({ ...currentStubs(), allowPrivate: false })
      const targets = [`http://127.0.0.1:${port}/`, `http://[::1]:${port}/`, 'http://10.0.0.1/', 'http://192.168.1.1/', 'http://169.254.169.254/latest/meta-data/', `http://loopback.test:${port}/`]
      for (const url of targets) {
        const hook = await register(url)
        await queueDelivery(payload, { webhook: String(hook.id), sequence: 0, attempt: 1, firstAt: new Date().toISOString() })
        await deliverAll()
        const [attempt, ...more] = await attempts(hook.id)
        expect(more, url).toEqual([])
        expect(attempt, url).toMatchObject({ outcome: 'refused', error: expect.stringMatching(/^refused: .*(loopback|private|link-local).* address; set CAREERS_WEBHOOK_ALLOW_PRIVATE=1 to allow it$/) })
      }
      expect(received).toEqual([])
    })

    test('"send test event" queues one signed test delivery, for admins only', async () => {
      const hook = await register(`http://127.0.0.1:${port}/test-event`)
      const call = (user: User | null) => sendTestEndpoint.handler({ payload, user, routeParams: { id: String(hook.id) } } as never)
      expect((await call(editor)).status).toBe(403)
      expect((await call(null)).status).toBe(403)
      expect((await call(admin)).status).toBe(202)
      await deliverAll()
      expect(received).toHaveLength(1)
      expect(new Webhook(hook.secret).verify(received[0]!.body, received[0]!.headers)).toMatchObject({ type: 'webhook.test' })
      expect(await attempts(hook.id)).toMatchObject([{ outcome: 'delivered', event: 'test' }])
    })

    test('editors cannot read or change endpoints, their attempts or secrets; no read shows a secret again, not even to admins', async () => {
      const hook = await register(`http://127.0.0.1:${port}/private`)
      const asEditor = { user: editor, overrideAccess: false } as const
      await expect(payload.find({ collection: webhooksSlug, ...asEditor })).rejects.toThrow(/not allowed/i)
      await expect(payload.findByID({ collection: webhooksSlug, id: hook.id, ...asEditor })).rejects.toThrow(/not allowed/i)
      await expect(payload.update({ collection: webhooksSlug, id: hook.id, data: { url: 'http://127.0.0.1:1/' } as never, ...asEditor })).rejects.toThrow(/not allowed/i)
      await expect(payload.create({ collection: webhooksSlug, data: { url: 'http://127.0.0.1:1/', events: ['published'] } as never, ...asEditor })).rejects.toThrow(/not allowed/i)
      await expect(payload.find({ collection: webhookAttemptsSlug, ...asEditor })).rejects.toThrow(/not allowed/i)
      const read = (await payload.findByID({ collection: webhooksSlug, id: hook.id, user: admin, overrideAccess: false })) as unknown as Record<string, unknown>
      expect(read.url).toBe(`http://127.0.0.1:${port}/private`)
      expect(read).not.toHaveProperty('secret')
      const listed = (await payload.find({ collection: webhooksSlug, user: admin, overrideAccess: false })).docs as unknown as Record<string, unknown>[]
      expect(listed.every((d) => !('secret' in d))).toBe(true)
      // An admin cannot set or change the secret either.
      const updated = (await payload.update({ collection: webhooksSlug, id: hook.id, data: { secret: 'whsec_chosen' } as never, user: admin, overrideAccess: false })) as unknown as Record<string, unknown>
      expect(updated).not.toHaveProperty('secret')
      const stored = await payload.db.findOne<{ id: number | string; secret: string }>({ collection: webhooksSlug, where: { id: { equals: hook.id } } })
      expect(stored!.secret).toBe(hook.secret)
      // "New secret": admins only, shown in that answer alone.
      const rotate = (user: User) => rotateSecretEndpoint.handler({ payload, user, routeParams: { id: String(hook.id) } } as never)
      expect((await rotate(editor)).status).toBe(403)
      const { secret } = (await (await rotate(admin)).json()) as { secret: string }
      expect(secret).toMatch(/^whsec_/)
      expect(secret).not.toBe(hook.secret)
      expect((await payload.db.findOne<{ id: number | string; secret: string }>({ collection: webhooksSlug, where: { id: { equals: hook.id } } }))!.secret).toBe(secret)
      expect(await payload.findByID({ collection: webhooksSlug, id: hook.id, user: admin, overrideAccess: false })).not.toHaveProperty('secret')
    })

    /** The stubs `beforeEach` installed, to build a variant of them. */
    function currentStubs() {
      return {
        allowPrivate: true,
        resolver: async (hostname: string) => {
          if (hostname === 'loopback.test') return [{ address: '127.0.0.1', family: 4 }]
          throw new Error(`the test resolver knows no ${hostname}`)
        },
        guard: (address: string, port: number) => {
          if (/^127\./.test(address) || address === '::1') return
          violations.push(`${address}:${port}`)
          throw new Error(`test guard: a connection to ${address}:${port} was about to be opened`)
        },
      }
    }
  })
}
