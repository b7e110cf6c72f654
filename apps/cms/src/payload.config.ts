import path from 'node:path'
import { cmsConfig, srcDir } from './config/cms-config'
import { configuredDatabase } from './config/environment'
import { resolveSecret } from './config/secret'
import { assertProductionSafe } from './security/production-guard'

const { database, dataDir } = configuredDatabase(path.resolve(srcDir, '..'))
// A weak secret, a forced schema push or PAYLOAD_DROP_DATABASE: production stops here, saying which.
assertProductionSafe(process.env)
const production = process.env.NODE_ENV === 'production'

export default cmsConfig({
  database,
  secret: resolveSecret({ PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }, database, dataDir),
  push: !production,
})
