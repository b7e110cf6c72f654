/** `npm run export [-- --content DIR]`: every published entry back to canonical Markdown, in every locale it is published in. */
import path from 'node:path'
import { exportContent } from '../src/content/export-content'
import { option, repoContentDir, withPayload } from './with-payload'

const contentDir = path.resolve(option('content') ?? repoContentDir)
process.exit(
  await withPayload(async (payload) => {
    const report = await exportContent(payload, contentDir)
    console.log(`exported: ${report.written.length} written, ${report.unchanged.length} unchanged, into ${contentDir} (career-paths/ and <locale>/career-paths/)`)
    for (const file of report.written) console.log(`  ~ ${file}`)
    for (const file of report.notInCms) console.log(`note: ${file} has no published entry in the CMS; left as it is`)
  }),
)
