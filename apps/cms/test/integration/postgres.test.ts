import { postgresTestDatabase } from '../support/databases'
import { cmsSuite } from './cms-suite'

cmsSuite('PostgreSQL', postgresTestDatabase)
