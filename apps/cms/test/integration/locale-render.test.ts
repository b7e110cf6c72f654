import { postgresTestDatabase, sqliteTestDatabase } from '../support/databases'
import { localeRenderSuite } from './locale-render-suite'

localeRenderSuite('SQLite', sqliteTestDatabase)
localeRenderSuite('PostgreSQL', postgresTestDatabase)
