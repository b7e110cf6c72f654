import { postgresTestDatabase, sqliteTestDatabase } from '../support/databases'
import { storeSuite } from './store-suite'

storeSuite('SQLite', sqliteTestDatabase)
storeSuite('PostgreSQL', postgresTestDatabase)
