import { mongoTestDatabase } from '../support/databases'
import { cmsSuite } from './cms-suite'
import { publicationSuite } from './publication-suite'

cmsSuite('MongoDB', mongoTestDatabase)
publicationSuite('MongoDB', mongoTestDatabase)
