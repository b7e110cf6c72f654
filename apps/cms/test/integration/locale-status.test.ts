import { postgresTestDatabase, sqliteTestDatabase } from '../support/databases'
import { localeStatusSuite } from './locale-status-suite'

localeStatusSuite('SQLite', sqliteTestDatabase)
localeStatusSuite('PostgreSQL', postgresTestDatabase)
