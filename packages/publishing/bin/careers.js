#!/usr/bin/env node
// The compiled CLI; `npm install` at the repository root builds it (the root `prepare` script).
import { existsSync } from 'node:fs'

const main = new URL('../dist/cli/main.js', import.meta.url)
if (!existsSync(main)) {
  console.error('careers: the publishing package is not built yet; run `npm run build` at the repository root.')
  process.exit(2)
}
const { run } = await import(main.href)
process.exitCode = await run(process.argv.slice(2))
