import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The web server's one Payload instance (cached by Payload across requests); jobs run in the worker, not here. */
export function publicPayload(): Promise<Payload> {
  return getPayload({ config })
}
