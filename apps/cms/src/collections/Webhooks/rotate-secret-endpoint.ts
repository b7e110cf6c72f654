import type { Endpoint } from 'payload'
import { isAdmin } from '../../access/roles'
import { newWebhookSecret } from '../../webhooks/webhook-secret'
import { webhooksSlug } from '../slugs'

/**
 * `POST /api/webhooks/:id/secret` (the admin's "New secret" button): replaces
 * the endpoint's secret and answers with the new one, the only time it is
 * shown, as the create's answer is for the first. Admins only; deliveries
 * signed from then on use the new secret.
 */
export const rotateSecretEndpoint: Endpoint = {
  path: '/:id/secret',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin({ req })) return Response.json({ errors: [{ message: 'Only admins manage webhooks.' }] }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    const endpoint = await req.payload.db.findOne<{ id: number | string }>({ collection: webhooksSlug, where: { id: { equals: id } }, select: {} })
    if (!endpoint) return Response.json({ errors: [{ message: `No webhook ${id.slice(0, 40)}.` }] }, { status: 404 })
    const secret = newWebhookSecret()
    await req.payload.db.updateOne({ collection: webhooksSlug, id: endpoint.id, data: { secret } })
    return Response.json({ secret, message: 'Copy this secret now: it is not shown again.' }, { headers: { 'Cache-Control': 'no-store' } })
  },
}
