import { describe, expect, it } from 'vitest'
import { refusedAddress } from './address-policy'

describe('refusedAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fd00::1', 'private (unique local)'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['100.64.0.1', 'non-public (carrierGradeNat)'],
    ['255.255.255.255', 'non-public (broadcast)'],
    ['192.0.2.1', 'non-public (reserved)'],
    ['64:ff9b::a00:1', 'non-public (rfc6052)'],
  ])('refuses %s (%s)', (address, kind) => {
    expect(refusedAddress(address)).toBe(`${address} is a ${kind} address`)
  })

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:93.184.215.14'])('allows the public address %s', (address) => {
    expect(refusedAddress(address)).toBeUndefined()
  })

  it('refuses what is not an address', () => {
    expect(refusedAddress('localhost')).toBe('localhost is not an IP address')
  })
})
