import { mongoTestDatabase } from '../support/databases'
import { changesSuite } from './changes-suite'
import { cmsSuite } from './cms-suite'
import { localeRenderSuite } from './locale-render-suite'
import { localeStatusSuite } from './locale-status-suite'
import { publicationSuite } from './publication-suite'
import { storeSuite } from './store-suite'
import { webhooksSuite } from './webhooks-suite'

cmsSuite('MongoDB', mongoTestDatabase)
publicationSuite('MongoDB', mongoTestDatabase)
changesSuite('MongoDB', mongoTestDatabase)
webhooksSuite('MongoDB', mongoTestDatabase)
storeSuite('MongoDB', mongoTestDatabase)
// Languages on MongoDB: Payload's per-locale status and the render per locale. Not run on machines without a mongod (the reason is printed).
localeStatusSuite('MongoDB', mongoTestDatabase)
localeRenderSuite('MongoDB', mongoTestDatabase)
