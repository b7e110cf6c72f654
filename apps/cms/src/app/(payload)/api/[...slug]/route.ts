import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { mightSaveCareerPath, oneSaveAtATime } from '../../../../upstream/serialize-saves'
import { authRateLimit } from '../../../../security/auth-rate-limit'
import { withRequestLocale } from '../../../../upstream/request-locale'

type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/** Saves of career paths take turns in this server before Payload opens their transaction (src/upstream/serialize-saves.ts). */
const inTurn =
  (handler: Handler): Handler =>
  async (request, context) =>
    (await mightSaveCareerPath(request)) ? oneSaveAtATime(() => handler(request, context)) : handler(request, context)

/** A request naming no locale is the default locale's (`src/upstream/request-locale.ts`). */
const inLocale =
  (handler: Handler): Handler =>
  async (request, context) =>
    handler(await withRequestLocale(request), context)

export const GET = inLocale(REST_GET(config))
const post = inTurn(REST_POST(config))
/** Sign-in and password resets are rate limited per client before Payload sees them. */
export const POST: Handler = inLocale(async (request, context) => (await authRateLimit(request)) ?? post(request, context))
export const DELETE = inLocale(inTurn(REST_DELETE(config)))
export const PATCH = inLocale(inTurn(REST_PATCH(config)))
export const PUT = inLocale(inTurn(REST_PUT(config)))
export const OPTIONS = REST_OPTIONS(config)
