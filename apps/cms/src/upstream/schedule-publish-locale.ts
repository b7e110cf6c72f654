import type { SanitizedConfig, TaskConfig } from 'payload'

/** What Payload's `schedulePublish` job holds (payload/dist/versions/schedule/types). */
interface ScheduleInput {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: string }
  global?: string
  user?: { relationTo: string; value: number | string } | number | string | null
}

/**
 * Payload 3.90's `schedulePublish` job passes the scheduled locale on for a
 * publish only: a scheduled *unpublish* of one locale (the admin's "Schedule"
 * with German selected) runs without a locale, so it unpublishes the default
 * locale, English, and leaves German public (test/integration/locale-status-suite.ts
 * shows it on SQLite and PostgreSQL). This wraps the job: an unpublish of one
 * locale of a document is that locale's write, as an editor's would be; every
 * other schedule runs Payload's own handler unchanged.
 */
/**
 * Upstream: checked against payload 3.90.2 (`versions/schedule/job.js` passes
 * `input.locale` on only when `input.type === 'publish'`); no upstream issue
 * found. `upstream-limits.test.ts` fails once that line changes.
 */
export function unpublishScheduledLocale(config: SanitizedConfig): SanitizedConfig {
  const task = config.jobs?.tasks?.find((t) => t.slug === 'schedulePublish') as TaskConfig | undefined
  if (!task || typeof task.handler !== 'function') return config
  const payloads = task.handler
  task.handler = (async (args: Parameters<typeof payloads>[0]) => {
    const input = args.input as ScheduleInput
    const locales = config.localization ? config.localization.localeCodes : []
    if (input?.type !== 'unpublish' || !input.doc || !input.locale || !locales.includes(input.locale)) return payloads(args)
    const { req } = args
    let user: Record<string, unknown> | null = null
    if (input.user != null) {
      // As Payload's handler: a job without the scheduling user's collection cannot act as them safely.
      if (typeof input.user !== 'object') throw new Error(`Scheduled unpublish of ${input.doc.relationTo} ${input.doc.value} was queued without its user's collection; schedule it again`)
      user = { ...((await req.payload.findByID({ collection: input.user.relationTo as never, id: input.user.value, depth: 0 })) as Record<string, unknown>), collection: input.user.relationTo }
    }
    const collection = req.payload.collections[input.doc.relationTo as keyof typeof req.payload.collections] as { customIDType?: string } | undefined
    const idType = collection?.customIDType ?? req.payload.db.defaultIDType
    await req.payload.update({
      collection: input.doc.relationTo as never,
      id: idType === 'number' ? Number(input.doc.value) : input.doc.value,
      locale: input.locale as never,
      data: { _status: 'draft' } as never,
      depth: 0,
      overrideAccess: user === null,
      user,
    })
    return { output: {} }
  }) as typeof payloads
  return config
}
