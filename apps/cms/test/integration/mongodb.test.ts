import { mongoTestDatabase } from '../support/databases'
import { changesSuite } from './changes-suite'
import { cmsSuite } from './cms-suite'
import { publicationSuite } from './publication-suite'
import { webhooksSuite } from './webhooks-suite'

cmsSuite('MongoDB', mongoTestDatabase)
publicationSuite('MongoDB', mongoTestDatabase)
changesSuite('MongoDB', mongoTestDatabase)
webhooksSuite('MongoDB', mongoTestDatabase)
