import { postgresTestDatabase, sqliteTestDatabase } from '../support/databases'
import { webhooksSuite } from './webhooks-suite'

webhooksSuite('SQLite', sqliteTestDatabase)
webhooksSuite('PostgreSQL', postgresTestDatabase)
