import type { Endpoint } from 'payload'
import { isAdmin } from '../../access/roles'
import { queueDelivery } from '../../webhooks/deliver-task'
import { webhooksSlug } from '../slugs'

/**
 * `POST /api/webhooks/:id/test` (the admin's "Send test event" button):
 * queues one signed test delivery to the endpoint, logged like any other
 * attempt. Admins only; an answer of 202 means queued, not delivered.
 */
export const sendTestEndpoint: Endpoint = {
  path: '/:id/test',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin({ req })) return Response.json({ errors: [{ message: 'Only admins manage webhooks.' }] }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    const endpoint = await req.payload.db.findOne<{ id: number | string; enabled?: boolean | null }>({ collection: webhooksSlug, where: { id: { equals: id } }, select: { enabled: true } })
    if (!endpoint) return Response.json({ errors: [{ message: `No webhook ${id.slice(0, 40)}.` }] }, { status: 404 })
    if (!endpoint.enabled) return Response.json({ errors: [{ message: 'This webhook is disabled: enable it first.' }] }, { status: 409 })
    await queueDelivery(req.payload, { webhook: String(endpoint.id), sequence: 0, attempt: 1, firstAt: new Date().toISOString() })
    return Response.json({ message: 'Test event queued: its attempt appears below within seconds.' }, { status: 202 })
  },
}
