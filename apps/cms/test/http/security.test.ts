import { postgresTestDatabase, sqliteTestDatabase } from '../support/databases'
import { securitySuite } from './security-suite'

// The app's own SQLite file lives in the server's data dir; the choice here only names the kind.
securitySuite('SQLite', () => sqliteTestDatabase())
securitySuite('PostgreSQL', () => postgresTestDatabase())
