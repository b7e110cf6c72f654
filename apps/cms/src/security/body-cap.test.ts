import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, expect, it } from 'vitest'
import { capRequestBody, defaultMaxBody, maxBodyBytes } from './body-cap'

let server: Server | undefined
afterEach(async () => {
  if (!server) return
  server.closeAllConnections()
  await new Promise((resolve) => server!.close(resolve))
  server = undefined
})

/** A server capping bodies at `limit`, behind which a handler reads the body whole (as Next does) and echoes its size. */
async function cappedServer(limit: number): Promise<{ url: string; handled: () => number }> {
  let handled = 0
  server = createServer((req, res) =>
    capRequestBody(req, res, limit, async () => {
      handled++
      let size = 0
      for await (const chunk of req) size += (chunk as Buffer).length
      res.end(String(size))
    }),
  )
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/api/users/login`, handled: () => handled }
}

/** A body of unknown length (sent chunked): `megabytes` of 1 MB chunks. */
const chunked = (megabytes: number) => {
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull: (controller) => (sent++ < megabytes ? controller.enqueue(new Uint8Array(1024 * 1024)) : controller.close()),
  })
}

it('reads CAREERS_MAX_BODY as bytes or with a unit, 1 MB unset, and refuses nonsense by name', () => {
  expect(maxBodyBytes(undefined)).toBe(defaultMaxBody)
  expect(maxBodyBytes('2048')).toBe(2048)
  expect(maxBodyBytes('512kb')).toBe(512 * 1024)
  expect(maxBodyBytes('2MB')).toBe(2 * 1024 * 1024)
  expect(() => maxBodyBytes('a lot')).toThrow(/CAREERS_MAX_BODY must be a size in bytes.*a lot/)
  expect(() => maxBodyBytes('0')).toThrow(/CAREERS_MAX_BODY/)
})

it('answers 413 from the declared length without handing the request on', async () => {
  const app = await cappedServer(1024)
  const res = await fetch(app.url, { method: 'POST', body: 'x'.repeat(1025) })
  expect(res.status).toBe(413)
  expect(await res.text()).toMatch(/larger than 1024 bytes \(CAREERS_MAX_BODY\)/)
  expect(app.handled()).toBe(0)
  expect(await (await fetch(app.url, { method: 'POST', body: 'x'.repeat(1024) })).text()).toBe('1024')
})

it('counts a body of unknown length as it arrives: 413 once past the cap, the whole body handed on below it', async () => {
  const app = await cappedServer(3 * 1024 * 1024)
  const big = await fetch(app.url, { method: 'POST', body: chunked(20), duplex: 'half' } as RequestInit)
  expect(big.status).toBe(413)
  expect(app.handled()).toBe(0)
  const small = await fetch(app.url, { method: 'POST', body: chunked(3), duplex: 'half' } as RequestInit)
  expect(await small.text()).toBe(String(3 * 1024 * 1024))
  expect(app.handled()).toBe(1)
  // Requests without a body are untouched.
  expect((await fetch(app.url)).status).toBe(200)
})
