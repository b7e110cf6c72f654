import { defaultLocale } from '@careers/career-path'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { entryFileKey } from '@careers/publishing/contract'
import { changesResponse } from '../../src/serving/changes-response'
import { storeOf } from '../../src/store/store'

export interface SyncServer {
  url: string
  stop: () => Promise<void>
}

/**
 * A real HTTP server in the test process answering what `careers mirror`
 * reads, with the same functions the Next routes run: `/changes.json`
 * (`changesResponse`, the whole route) and the entries' `.md` and `.json`
 * (the stored file by key). No `next build` needed, so the property test can
 * publish hundreds of times and mirror over HTTP after each run.
 */
export async function startSyncServer(payload: () => Payload): Promise<SyncServer> {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])))
      let response: Response
      const file = /^\/career-paths\/([a-z0-9-]+)\.(md|json)$/.exec(url.pathname)
      if (url.pathname === '/changes.json') response = await changesResponse(payload(), new Request(url, { headers }))
      else if (file) {
        const found = await storeOf(payload()).file(entryFileKey(defaultLocale, file[1]!, file[2] as 'md' | 'json'), { body: true })
        response = found ? new Response(found.body as BodyInit, { headers: { 'content-type': found.contentType } }) : new Response('not found', { status: 404 })
      } else response = new Response('not found', { status: 404 })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    } catch (error) {
      res.writeHead(500)
      res.end(String(error))
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
