import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, it } from 'vitest'
import { drainServer, trackResponses } from './graceful-shutdown'

it('answers every request in flight, on connections it then closes, and refuses new ones', async () => {
  let stopping = false
  const { active, track } = trackResponses(() => stopping)
  const server = createServer((req, res) => {
    track(res)
    setTimeout(() => res.end('done'), 500)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const inFlight = Array.from({ length: 5 }, () => fetch(url).then(async (r) => [r.status, r.headers.get('connection'), await r.text()]))
  while (active.size < 5) await new Promise((r) => setTimeout(r, 10))
  stopping = true
  const closed = new Promise<void>((resolve) => drainServer(server, active, resolve))
  await expect(fetch(url)).rejects.toThrow()
  expect(await Promise.all(inFlight)).toEqual(Array(5).fill([200, 'close', 'done']))
  await closed
})
