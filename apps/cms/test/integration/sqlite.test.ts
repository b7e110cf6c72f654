import { sqliteTestDatabase } from '../support/databases'
import { cmsSuite } from './cms-suite'

cmsSuite('SQLite', sqliteTestDatabase)
