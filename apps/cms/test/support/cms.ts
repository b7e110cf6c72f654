import { getPayload, type Payload } from 'payload'
import { cmsConfig } from '../../src/config/cms-config'
import type { DatabaseChoice } from '../../src/database/choose-database'

let instances = 0

/** A Payload instance of the real CMS config on the given database (schema pushed, no job runner). */
export async function startCms(choice: DatabaseChoice, options: { push?: boolean; jobsCron?: string | false } = {}): Promise<Payload> {
  const config = await cmsConfig({ database: choice, secret: 'test-secret-0123456789abcdef', push: options.push ?? true, jobsCron: options.jobsCron ?? false })
  return getPayload({ config, key: `test-${process.pid}-${instances++}`, cron: Boolean(options.jobsCron) })
}
