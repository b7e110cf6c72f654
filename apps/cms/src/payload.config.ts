import path from 'node:path'
import { cmsConfig, srcDir } from './config/cms-config'
import { chooseDatabase } from './database/choose-database'
import { loadEnvironment } from './database/environment'
import { resolveSecret } from './database/secret'
import { assertProductionSafe } from './security/production-guard'

const appDir = path.resolve(srcDir, '..')
loadEnvironment(appDir)
// A weak secret, a forced schema push or PAYLOAD_DROP_DATABASE: production stops here, saying which.
assertProductionSafe(process.env)

/** The embedded default's database and generated secret live here. */
const dataDir = process.env.CAREERS_DATA_DIR ? path.resolve(process.env.CAREERS_DATA_DIR) : path.join(appDir, 'data')
const production = process.env.NODE_ENV === 'production'
const database = chooseDatabase(process.env.DATABASE_URI, dataDir, production)

export default cmsConfig({
  database,
  secret: resolveSecret({ PAYLOAD_SECRET: process.env.PAYLOAD_SECRET }, database, dataDir),
  push: !production,
  // The server's job runner (scheduled publishing); scripts never start it.
  jobsCron: process.env.CAREERS_JOBS_CRON || '* * * * *',
})
