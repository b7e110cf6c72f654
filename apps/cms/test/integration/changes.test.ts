import { postgresTestDatabase, sqliteTestDatabase } from '../support/databases'
import { changesSuite } from './changes-suite'

changesSuite('SQLite', sqliteTestDatabase)
changesSuite('PostgreSQL', postgresTestDatabase)
