import { getPayload, type Payload } from 'payload'
import { cmsConfig } from '../../src/config/cms-config'
import type { DatabaseChoice } from '../../src/database/choose-database'

let instances = 0

/** A Payload instance of the real CMS config on the given database (schema pushed unless `push: false`); it runs no jobs by itself. */
export async function startCms(choice: DatabaseChoice, options: { push?: boolean } = {}): Promise<Payload> {
  const config = await cmsConfig({ database: choice, secret: 'test-secret-0123456789abcdef', push: options.push ?? true })
  return getPayload({ config, key: `test-${process.pid}-${instances++}` })
}
