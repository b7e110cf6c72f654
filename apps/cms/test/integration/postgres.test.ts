import { postgresTestDatabase } from '../support/databases'
import { cmsSuite } from './cms-suite'
import { publicationSuite } from './publication-suite'

cmsSuite('PostgreSQL', postgresTestDatabase)
publicationSuite('PostgreSQL', postgresTestDatabase)
