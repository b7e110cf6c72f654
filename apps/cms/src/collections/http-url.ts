/**
 * A field's check that its value is an absolute http(s) address (the site's
 * base URL, a webhook endpoint). Whether an endpoint may be reached is decided
 * elsewhere, at each delivery, after DNS.
 */
export const httpUrl = (value: unknown): true | string => {
  if (typeof value !== 'string' || value === '') return 'Enter an absolute address starting with https:// or http://'
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Only https:// and http:// addresses are allowed'
  } catch {
    return 'Enter an absolute address starting with https:// or http://'
  }
}
