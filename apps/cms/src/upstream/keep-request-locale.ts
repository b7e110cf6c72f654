import type { PayloadRequest } from 'payload'

/**
 * Runs `read` (a local-API call given `req` and another locale) and puts the
 * request's own locale back afterwards.
 *
 * Upstream: the local API writes the locale it is given onto the `req` it is
 * passed, and it stays there after the call returns (payloadcms/payload#18246,
 * also #8922; checked against payload 3.90.2's `createLocalReq`). A hook's read
 * of the English source during a Spanish publish left the request English, and
 * the publish then validated English texts. `upstream-limits.test.ts` fails
 * once `createLocalReq` stops writing onto the caller's request.
 */
export async function keepingRequestLocale<T>(req: Partial<PayloadRequest> | undefined, read: () => Promise<T>): Promise<T> {
  const own = req && { locale: req.locale, fallbackLocale: req.fallbackLocale }
  try {
    return await read()
  } finally {
    if (req && own) Object.assign(req, own)
  }
}
