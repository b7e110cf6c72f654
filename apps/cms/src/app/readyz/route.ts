import { notReadyReason } from '../../serving/readiness'
import { publicPayload } from '../../serving/public-content'

/**
 * `GET /readyz`: 200 `ready` while this server can serve (its database answers
 * and its migrations are applied), 503 with the reason otherwise, for a load
 * balancer to route around it. `/healthz` only says the process lives.
 */
export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  const reason = await publicPayload().then(notReadyReason, () => 'the CMS could not start (see the server log)')
  return new Response(reason ? `not ready: ${reason}\n` : 'ready\n', {
    status: reason ? 503 : 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}
