import { mongoTestDatabase } from '../support/databases'
import { cmsSuite } from './cms-suite'

cmsSuite('MongoDB', mongoTestDatabase)
