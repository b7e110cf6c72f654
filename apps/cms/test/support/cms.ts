import { getPayload, type Payload } from 'payload'
import { cmsConfig } from '../../src/config/cms-config'
import type { DatabaseChoice } from '../../src/config/choose-database'

let instances = 0
/** Each instance's cache key: in-process REST requests (`test/support/rest.ts`) reach the instance by it. */
const keys = new WeakMap<Payload, string>()

export function cmsKey(payload: Payload): string {
  const key = keys.get(payload)
  if (!key) throw new Error('not a Payload instance startCms made')
  return key
}

/** A Payload instance of the real CMS config on the given database (schema pushed unless `push: false`); it runs no jobs by itself. */
export async function startCms(choice: DatabaseChoice, options: { push?: boolean } = {}): Promise<Payload> {
  const config = await cmsConfig({ database: choice, secret: 'test-secret-0123456789abcdef', push: options.push ?? true })
  const key = `test-${process.pid}-${instances++}`
  const payload = await getPayload({ config, key })
  keys.set(payload, key)
  return payload
}
