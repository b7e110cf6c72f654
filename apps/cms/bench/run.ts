// `npm run bench` (CMS part): for 10 and for 1,000 generated entries, imported
// with `npm run import` and served by `npm start` on loopback (SQLite), the
// served routes' req/s, p50 and p99 beside two references measured in the
// same run (a plain node:http server with the same PDF bytes in memory, and the
// app's /healthz), a reader's `.md` latency while 8 clients read the feed, the
// publish time of one entry and the import time. `--help` lists the options;
// `--compare DIR` measures a second checkout's built apps/cms the same way.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { checkout, generateContent } from './fixtures'
import { measureApp, type AppRun } from './measure-app'
import { parseOptions, usage } from './options'
import { cleanUp, cleanUpOnExit, removeFolder, tempFolder } from './processes'
import { fullReport, severalTable } from './report'
import { measureSeveral, type SeveralRun } from './several-processes'

const options = parseOptions(process.argv.slice(2))
if (options === 'help') {
  console.log(usage)
  process.exit(0)
}
const apps = options.apps.map(checkout)
const settings = { seconds: options.seconds, connections: options.connections, publishes: options.publishes }
cleanUpOnExit()

console.log(`CMS bench: ${options.entries.join(' and ')} entries; ${apps.map((a) => `${a.label} (${a.dir})`).join(', then ')}`)
console.log('The machine may be shared: close other heavy processes while this runs.\n')
const runs: AppRun[] = []
let several: SeveralRun | undefined
let failed = false
try {
  const root = tempFolder('careers-cms-bench-')
  for (const count of options.entries) {
    // One content folder per size, the same for every checkout.
    const content = await generateContent(path.join(root, `content-${count}`), count)
    for (const app of apps) runs.push(await measureApp(app, content, settings))
    removeFolder(content.dir)
  }
  if (options.several !== undefined) {
    // This checkout alone: the processes and their environment are this design's.
    const content = await generateContent(path.join(root, `content-several-${options.several}`), options.several)
    const result = await measureSeveral(apps[0]!, content, settings)
    if ('skip' in result) console.log(`\nSeveral processes: left out, ${result.skip}.`)
    else several = result
    removeFolder(content.dir)
  }
} catch (error) {
  failed = true
  console.error(`\nbench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
} finally {
  await cleanUp()
}
if (runs.length) {
  const report = fullReport(runs, settings) + (several ? `\n${severalTable(several, settings)}\n` : '')
  console.log(`\n${report}`)
  writeFileSync(options.out, report)
  console.log(`Written to ${path.relative(process.cwd(), options.out)}${failed ? ' (the runs that finished)' : ''}.`)
}
process.exit(failed ? 1 : 0)
