import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type SanitizedConfig } from 'payload'
import { cmsLocalization } from './localization'
import { CareerPaths } from '../collections/CareerPaths'
import { Changes } from '../collections/Changes'
import { FeedItems } from '../collections/FeedItems'
import { PublishedFiles } from '../collections/PublishedFiles'
import { Users } from '../collections/Users'
import { WebhookAttempts } from '../collections/WebhookAttempts'
import { Webhooks } from '../collections/Webhooks'
import type { DatabaseChoice } from './choose-database'
import { databaseAdapter, sqliteBusyTimeout } from './database-adapter'
import { isPostgresAdapter, isSqliteAdapter } from './database-adapters'
import { hardenSqliteClient } from '../upstream/sqlite-client'
import { Settings } from '../globals/Settings'
import { hearLostConnections } from '../upstream/pg-connection-errors'
import { serializeJobClaims } from '../upstream/claim-jobs'
import { jobsCollection } from '../rendering/jobs-collection'
import { unpublishScheduledLocale } from '../upstream/schedule-publish-locale'
import { renderAllTaskConfig, renderBookTaskConfig, renderEntryTaskConfig } from '../rendering/render-tasks'
import { careerPathEditor } from './rich-text-editor'
import { deliverWebhookTaskConfig } from '../webhooks/deliver-task'
import { allowedOrigins } from '../security/origins'
import { maxDepth } from '../security/request-caps'

export const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface CmsOptions {
  database: DatabaseChoice
  secret: string
  /** Push schema changes straight to the database (development, tests); production migrates. */
  push: boolean
}

/** The whole CMS, its database and secret given: the app and the tests build it alike. */
export async function cmsConfig({ database, secret, push }: CmsOptions): Promise<SanitizedConfig> {
  const origins = allowedOrigins()
  const config = await buildConfig({
    admin: {
      user: 'users',
      importMap: { baseDir: srcDir },
      meta: { titleSuffix: ' · Careers CMS' },
      // Gravatar is a third-party request per page view; the built-in avatar is not.
      avatar: 'default',
      components: { beforeDashboard: ['/components/CareerPathsOverview#CareerPathsOverview'] },
    },
    collections: [CareerPaths, Users, PublishedFiles, FeedItems, Changes, Webhooks, WebhookAttempts],
    globals: [Settings],
    localization: cmsLocalization,
    // Each locale of an entry has its own status (`versions.drafts.localizeStatus` on the collection): see the README's "Languages".
    experimental: { localizeStatus: true },
    editor: careerPathEditor,
    secret,
    db: databaseAdapter(database, { migrationsDir: path.join(srcDir, 'migrations'), push }),
    typescript: { outputFile: path.join(srcDir, 'payload-types.ts'), autoGenerate: false },
    // Said outright though most are Payload's defaults: each is a protection the tests check.
    graphQL: { disablePlaygroundInProduction: true, disableIntrospectionInProduction: true, maxComplexity: 500 },
    maxDepth,
    // The admin's cookie counts only on requests from these origins; only they get CORS headers.
    csrf: origins,
    cors: origins,
    // Renders and scheduled publishing are jobs; the worker process runs them (src/rendering/worker.ts), never the web server.
    jobs: {
      tasks: [renderEntryTaskConfig, renderAllTaskConfig, renderBookTaskConfig, deliverWebhookTaskConfig],
      // One render of an entry at a time, and a newer one replaces a waiting one (the tasks' `concurrency`).
      enableConcurrencyControl: true,
      deleteJobOnComplete: true,
      jobsCollectionOverrides: jobsCollection,
    },
    telemetry: false,
    onInit: async (payload) => {
      if (isSqliteAdapter(payload.db)) hardenSqliteClient(payload.db.client, sqliteBusyTimeout)
      // Several workers on one PostgreSQL: each job is claimed by one of them.
      if (isPostgresAdapter(payload.db)) {
        serializeJobClaims(payload.db)
        hearLostConnections(payload.db.pool, payload.logger)
      }
    },
  })
  // Payload's scheduled unpublish forgets the locale it was scheduled for (src/upstream/schedule-publish-locale.ts).
  return unpublishScheduledLocale(config)
}
