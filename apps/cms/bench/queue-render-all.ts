/** The bench's way to give the workers a known amount of work: every published entry's render queued, as a settings change would. */
import { queueRenderAll } from '../src/rendering/render-tasks'
import { withPayload } from '../scripts/with-payload'

process.exit(await withPayload(async (payload) => void (await queueRenderAll(payload, 'bench: render every entry'))))
