/** Test helper run as its own process beside the server: queue a scheduled publish of `--slug` in one second. */
import { option, withPayload } from '../../scripts/with-payload'

process.exit(
  await withPayload(async (payload) => {
    const { docs } = await payload.find({ collection: 'career-paths', where: { slug: { equals: option('slug') } }, draft: true, overrideAccess: true, limit: 1 })
    if (!docs[0]) throw new Error(`no career path ${option('slug')}`)
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'career-paths', value: String(docs[0].id) } },
      waitUntil: new Date(Date.now() + 1000),
    } as never)
  }),
)
