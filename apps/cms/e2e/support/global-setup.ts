import { mkdirSync, rmSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { startAppServer } from '../../test/support/app-server'
import { artifactsDir, chromiumPath } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string
  }
}

/**
 * Once for the whole suite: the built app as `npm start` runs it, on a free
 * port with a fresh SQLite database and content/ imported.
 */
export default async function setup(project: TestProject) {
  chromiumPath() // fail first, and clearly, when the browser is missing
  rmSync(artifactsDir, { recursive: true, force: true })
  mkdirSync(artifactsDir, { recursive: true })
  const app = await startAppServer()
  project.provide('appUrl', app.url)
  return async () => {
    await app.stop()
  }
}
