import ipaddr from 'ipaddr.js'

/**
 * Whether a webhook may connect to `address`: only public unicast addresses,
 * unless the operator allows private ones (`CAREERS_WEBHOOK_ALLOW_PRIVATE=1`).
 * Refused: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16, where cloud metadata answers, and fe80::/10), multicast,
 * carrier-grade NAT, unspecified, broadcast, documentation, benchmarking,
 * reserved, and IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4,
 * Teredo) unless the address they carry is public. `ipaddr.js` names the range.
 * Returns undefined when allowed, else why not.
 */
export function refusedAddress(address: string): string | undefined {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`
  let parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address()
  const range = parsed.range()
  return range === 'unicast' ? undefined : `${address} is a ${describe(range)} address`
}

function describe(range: string): string {
  const names: Record<string, string> = { private: 'private', uniqueLocal: 'private (unique local)', loopback: 'loopback', linkLocal: 'link-local', multicast: 'multicast', unspecified: 'unspecified' }
  return names[range] ?? `non-public (${range})`
}
