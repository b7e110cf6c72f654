import { sqliteTestDatabase } from '../support/databases'
import { cmsSuite } from './cms-suite'
import { publicationSuite } from './publication-suite'

cmsSuite('SQLite', sqliteTestDatabase)
publicationSuite('SQLite', sqliteTestDatabase)
