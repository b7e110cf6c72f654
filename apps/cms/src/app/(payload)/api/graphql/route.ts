import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { mightSaveCareerPath, oneSaveAtATime } from '../../../../upstream/serialize-saves'
import { authRateLimit } from '../../../../security/auth-rate-limit'
import { withRequestLocale } from '../../../../upstream/request-locale'

const post = GRAPHQL_POST(config)
/** The GraphQL sign-in and reset mutations share the REST routes' rate limits; mutations take turns like REST saves. */
export const POST: typeof post = async (incoming) => {
  // A request naming no locale is the default locale's (src/upstream/request-locale.ts).
  const request = await withRequestLocale(incoming)
  return (await authRateLimit(request)) ?? ((await mightSaveCareerPath(request)) ? oneSaveAtATime(() => post(request)) : post(request))
}
export const OPTIONS = REST_OPTIONS(config)
