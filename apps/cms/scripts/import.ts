/**
 * `npm run import [-- --content DIR] [--with-settings] [--no-wait]`: upserts
 * content/career-paths/*.md by slug, and each locale's translations in
 * content/<locale>/career-paths/*.md (published in that locale alone), then runs the renders it queued, with
 * progress, so it returns when the imported entries' outputs are stored
 * (`--no-wait`: leave them to the worker).
 */
import path from 'node:path'
import { formatImportReport, importContent } from '../src/content/import-content'
import { drainRenders, failedRenders } from '../src/rendering/worker'
import { option, repoContentDir, withPayload } from './with-payload'

const contentDir = path.resolve(option('content') ?? repoContentDir)
process.exit(
  await withPayload(async (payload) => {
    const started = new Date()
    const report = await importContent(payload, contentDir, {
      settings: process.argv.includes('--with-settings'),
      baseUrl: process.env.CAREERS_BASE_URL,
      log: (line) => console.log(line),
    })
    for (const line of formatImportReport(report)) console.log(line)
    if (!process.argv.includes('--no-wait')) {
      await drainRenders(payload, (done, left) => console.log(`rendering: ${done} done, ${left} to go`))
      const failed = await failedRenders(payload, started)
      for (const { input, error } of failed) console.log(`render failed: ${JSON.stringify(input)}: ${JSON.stringify(error)}`)
      if (failed.length) return 1
    }
    return report.failed.length ? 1 : 0
  }),
)
