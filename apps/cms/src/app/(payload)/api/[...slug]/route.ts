import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { authRateLimit } from '../../../../security/auth-rate-limit'

export const GET = REST_GET(config)
const post = REST_POST(config)
/** Sign-in and password resets are rate limited per client before Payload sees them. */
export const POST: typeof post = async (request, context) => (await authRateLimit(request)) ?? post(request, context)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
