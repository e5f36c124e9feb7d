import { describe, expect, it } from 'vitest';
import { checkAddressAllowed, checkUrlAllowed, parseIPv4, parseIPv6 } from './guard.js';

const allowedAtDecisionLevel = [
  'http://www.polizei.nrw/presse',
  'https://www.presseportal.de/blaulicht/pm/4971/',
  'https://www.luenen.de/rathaus/aktuelles?x=1',
  'https://www.bsi.bund.de/DE/Service-Navi/Presse/rss.xml',
  'http://93.184.216.34/',
  'https://8.8.8.8/',
  'http://[2a00:1450:4001:82b::2004]/',
  'https://xn--sdwestfalen-0ob.de/',
  'http://172.32.0.1/',
  'http://100.128.0.1/',
  'http://192.169.0.1/',
];

const refused: [string, RegExp][] = [
  ['http://127.0.0.1/', /loopback/],
  ['http://127.255.1.2:8080/x', /loopback/],
  ['http://localhost/', /local/],
  ['http://LOCALHOST./', /local/],
  ['http://api.localhost/', /local/],
  ['http://printer.local/', /local/],
  ['http://metadata.google.internal/computeMetadata/v1/', /internal/],
  ['http://intranet/', /single-label/],
  ['http://10.0.0.1/', /private/],
  ['http://10.255.255.255/', /private/],
  ['http://172.16.0.1/', /private/],
  ['http://172.31.255.1/', /private/],
  ['http://192.168.1.1/', /private/],
  ['http://169.254.169.254/latest/meta-data/', /link-local/],
  ['http://0.0.0.0/', /this network/],
  ['http://0/', /this network/],
  ['http://100.64.0.1/', /carrier-grade/],
  ['http://100.127.255.254/', /carrier-grade/],
  ['http://224.0.0.1/', /multicast/],
  ['http://255.255.255.255/', /reserved/],
  ['http://198.18.0.1/', /benchmarking/],
  ['http://2130706433/', /loopback/],
  ['http://0x7f.1/', /loopback/],
  ['http://0x7f000001/', /loopback/],
  ['http://017700000001/', /loopback/],
  ['http://0177.0.0.1/', /loopback/],
  ['http://127.1/', /loopback/],
  ['http://167772161/', /private/],
  ['http://0xa9fea9fe/', /link-local/],
  ['http://[::1]/', /loopback/],
  ['http://[::]/', /unspecified/],
  ['http://[::ffff:10.0.0.1]/', /private/],
  ['http://[::ffff:127.0.0.1]:8080/', /loopback/],
  ['http://[::ffff:a9fe:a9fe]/', /link-local/],
  ['http://[::127.0.0.1]/', /loopback/],
  ['http://[64:ff9b::a00:1]/', /private/],
  ['http://[2002:c0a8:101::1]/', /private/],
  ['http://[fe80::1]/', /link-local/],
  ['http://[febf::1]/', /link-local/],
  ['http://[fc00::1]/', /unique local/],
  ['http://[fd12:3456:789a::1]/', /unique local/],
  ['http://[ff02::1]/', /multicast/],
  ['http://[2001:db8::1]/', /documentation/],
  ['http://[fd00:ec2::254]/', /unique local/],
  ['ftp://example.org/file', /scheme/],
  ['file:///etc/passwd', /scheme/],
  ['javascript:alert(1)', /scheme/],
  ['gopher://example.org/', /scheme/],
  ['http://user:secret@example.org/', /credentials/],
  ['http://user@example.org/', /credentials/],
  ['not a url', /invalid URL/],
];

describe('checkUrlAllowed', () => {
  it.each(allowedAtDecisionLevel)('allows public %s', (url) => {
    expect(checkUrlAllowed(url, [])).toEqual({ allowed: true });
  });

  it.each(refused)('refuses %s', (url, reason) => {
    const d = checkUrlAllowed(url, []);
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reason).toMatch(reason);
  });

  it('exempts allow-listed hosts, in any spelling the URL parser normalizes to them', () => {
    expect(checkUrlAllowed('http://127.0.0.1:4000/feed', ['127.0.0.1'])).toEqual({ allowed: true });
    expect(checkUrlAllowed('http://2130706433/', ['127.0.0.1'])).toEqual({ allowed: true });
    expect(checkUrlAllowed('http://[::1]:80/', ['::1'])).toEqual({ allowed: true });
    expect(checkUrlAllowed('http://[::1]:80/', ['[::1]'])).toEqual({ allowed: true });
    expect(checkUrlAllowed('http://LocalHost/', ['localhost'])).toEqual({ allowed: true });
    expect(checkUrlAllowed('http://fixtures.test/', ['fixtures.test'])).toEqual({ allowed: true });
  });

  it('does not exempt other loopback spellings or hosts from an allow-listed address', () => {
    expect(checkUrlAllowed('http://localhost/', ['127.0.0.1']).allowed).toBe(false);
    expect(checkUrlAllowed('http://127.0.0.2/', ['127.0.0.1']).allowed).toBe(false);
    expect(checkUrlAllowed('http://[::1]/', ['127.0.0.1']).allowed).toBe(false);
  });

  it('still refuses other schemes and credentials for allow-listed hosts', () => {
    expect(checkUrlAllowed('ftp://127.0.0.1/', ['127.0.0.1']).allowed).toBe(false);
    expect(checkUrlAllowed('http://a:b@127.0.0.1/', ['127.0.0.1']).allowed).toBe(false);
  });
});

describe('checkAddressAllowed (resolved addresses)', () => {
  it.each([
    ['127.0.0.1', false], ['10.1.2.3', false], ['172.20.0.5', false], ['192.168.178.1', false],
    ['169.254.169.254', false], ['100.100.100.200', false], ['::1', false], ['fe80::1%eth0', false],
    ['fd00::1', false], ['::ffff:192.168.0.1', false], ['0.0.0.0', false],
    ['93.184.216.34', true], ['2a00:1450:4001:82b::2004', true], ['::ffff:93.184.216.34', true],
  ] as const)('%s → allowed=%s', (address, allowed) => {
    expect(checkAddressAllowed(address).allowed).toBe(allowed);
  });

  it('refuses anything that is not an address', () => {
    expect(checkAddressAllowed('example.org').allowed).toBe(false);
  });
});

describe('IP parsers', () => {
  it('parses inet_aton forms', () => {
    expect(parseIPv4('127.0.0.1')).toBe(2130706433);
    expect(parseIPv4('2130706433')).toBe(2130706433);
    expect(parseIPv4('0x7f.1')).toBe(2130706433);
    expect(parseIPv4('0177.0.0.01')).toBe(2130706433);
    expect(parseIPv4('10.1')).toBe(167772161);
    expect(parseIPv4('256.0.0.1')).toBeUndefined();
    expect(parseIPv4('1.2.3.4.5')).toBeUndefined();
    expect(parseIPv4('example.org')).toBeUndefined();
    expect(parseIPv4('4294967296')).toBeUndefined();
  });

  it('expands IPv6 including embedded IPv4', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('[::ffff:10.0.0.1]')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a00, 1]);
    expect(parseIPv6('2001:db8:0:0:1:0:0:1')).toEqual([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1]);
    expect(parseIPv6('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('1.2.3.4')).toBeUndefined();
    expect(parseIPv6('example.org')).toBeUndefined();
  });
});
