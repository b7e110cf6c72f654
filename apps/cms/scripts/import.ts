/** `npm run import [-- --content DIR] [--with-settings]`: upsert content/career-paths/*.md by slug. */
import path from 'node:path'
import { formatImportReport, importContent } from '../src/content/import-content'
import { option, repoContentDir, withPayload } from './with-payload'

const contentDir = path.resolve(option('content') ?? repoContentDir)
process.exit(await withPayload(async (payload) => {
  const report = await importContent(payload, contentDir, {
    settings: process.argv.includes('--with-settings'),
    baseUrl: process.env.CAREERS_BASE_URL,
    log: (line) => console.log(line),
  })
  for (const line of formatImportReport(report)) console.log(line)
  return report.failed.length ? 1 : 0
}))
