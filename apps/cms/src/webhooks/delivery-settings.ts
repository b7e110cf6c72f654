import { type ConnectionGuard, type Resolver, systemResolver } from './send-request'

export interface DeliverySettings {
  resolver: Resolver
  guard: ConnectionGuard
  allowPrivate: boolean
  /** Per attempt: an endpoint slower than this has failed (the brief's 10 s). */
  timeoutMs: number
  /** The first retry's wait; each next one doubles, up to `maxRetryMs`. */
  firstRetryMs: number
  maxRetryMs: number
  /** A delivery still failing this long after its first attempt has failed for good; an endpoint failing this long is disabled. */
  giveUpAfterMs: number
  excerptBytes: number
}

const hour = 60 * 60_000

/**
 * How deliveries behave: from the environment, and replaceable in tests
 * (`configureDelivery`), which stub the resolver, make the guard fail
 * anything but loopback, and shorten the schedule. Retries wait 30 s, 1 min,
 * 2 min … up to 2 h apart (about 17 tries in the 24 hours).
 */
let current: DeliverySettings = {
  resolver: systemResolver,
  guard: () => {},
  allowPrivate: process.env.CAREERS_WEBHOOK_ALLOW_PRIVATE === '1',
  timeoutMs: 10_000,
  firstRetryMs: 30_000,
  maxRetryMs: 2 * hour,
  giveUpAfterMs: 24 * hour,
  excerptBytes: 1024,
}

export function deliverySettings(): DeliverySettings {
  return current
}

/** Changes some settings; returns a function that puts the previous ones back. */
export function configureDelivery(changes: Partial<DeliverySettings>): () => void {
  const before = current
  current = { ...current, ...changes }
  return () => {
    current = before
  }
}

/** The wait before try `attempt + 1` (attempt 1 is the first try). */
export function retryDelayMs(attempt: number, settings: DeliverySettings = current): number {
  return Math.min(settings.maxRetryMs, settings.firstRetryMs * 2 ** (attempt - 1))
}
