import { isIPv6 } from 'node:net';

/** Outcome of an SSRF guard decision. */
export type GuardDecision = { allowed: true } | { allowed: false; reason: string };

const ALLOWED: GuardDecision = { allowed: true };
const refuse = (reason: string): GuardDecision => ({ allowed: false, reason });

/** IPv4 ranges that must never be fetched: [network, prefix length, label]. */
const IPV4_BLOCKS: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved/broadcast'],
];

/** Host names that resolve to the machine itself or to internal infrastructure by convention. */
const BLOCKED_NAME_SUFFIXES = ['.localhost', '.local', '.internal', '.localdomain', '.home.arpa'];
const BLOCKED_NAMES = new Set(['localhost', 'localhost.localdomain', 'metadata', 'instance-data', 'ip6-localhost', 'ip6-loopback']);

/**
 * Parses an IPv4 address in any form `inet_aton` accepts (dotted, fewer parts, decimal, hex `0x`,
 * octal with leading zero), e.g. `2130706433`, `0x7f.1`, `0177.0.0.1`. Returns the 32-bit value.
 */
export function parseIPv4(input: string): number | undefined {
  const host = input.endsWith('.') ? input.slice(0, -1) : input;
  const parts = host.split('.');
  if (parts.length < 1 || parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const part of parts) {
    let n: number;
    if (/^0x[0-9a-f]*$/i.test(part)) n = part.length === 2 ? 0 : parseInt(part.slice(2), 16);
    else if (/^0[0-7]+$/.test(part)) n = parseInt(part, 8);
    else if (/^(0|[1-9][0-9]*)$/.test(part)) n = parseInt(part, 10);
    else return undefined;
    if (!Number.isFinite(n)) return undefined;
    nums.push(n);
  }
  const last = nums.pop() as number;
  if (nums.some((n) => n > 255)) return undefined;
  if (last >= 2 ** (8 * (4 - nums.length))) return undefined;
  let value = 0;
  for (const [i, n] of nums.entries()) value += n * 2 ** (8 * (3 - i));
  return value + last;
}

function formatIPv4(value: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(value / 2 ** s) % 256).join('.');
}

function ipv4InBlock(value: number, network: string, prefix: number): boolean {
  const net = parseIPv4(network) as number;
  const size = 2 ** (32 - prefix);
  return Math.floor(value / size) === Math.floor(net / size);
}

/** Parses an IPv6 address (brackets and zone id allowed) into its eight 16-bit groups. */
export function parseIPv6(input: string): number[] | undefined {
  let host = input.startsWith('[') && input.endsWith(']') ? input.slice(1, -1) : input;
  const zone = host.indexOf('%');
  if (zone >= 0) host = host.slice(0, zone);
  if (!isIPv6(host)) return undefined;
  const lastColon = host.lastIndexOf(':');
  const maybeV4 = host.slice(lastColon + 1);
  if (maybeV4.includes('.')) {
    const v4 = parseIPv4(maybeV4);
    if (v4 === undefined) return undefined;
    host = `${host.slice(0, lastColon + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const parseGroups = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  let groups: number[];
  const doubleColon = host.indexOf('::');
  if (doubleColon >= 0) {
    const head = parseGroups(host.slice(0, doubleColon));
    const rest = parseGroups(host.slice(doubleColon + 2));
    const fill = 8 - head.length - rest.length;
    if (fill < 1) return undefined;
    groups = [...head, ...new Array<number>(fill).fill(0), ...rest];
  } else {
    groups = parseGroups(host);
  }
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}

function checkIPv4Value(value: number, shown: string): GuardDecision {
  for (const [network, prefix, label] of IPV4_BLOCKS) {
    if (ipv4InBlock(value, network, prefix)) return refuse(`address ${shown} is ${label} (${network}/${prefix})`);
  }
  return ALLOWED;
}

function embeddedIPv4(hi: number, lo: number): number {
  return hi * 65536 + lo;
}

function checkIPv6Groups(g: number[], shown: string): GuardDecision {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  const viaV4 = (v4: number, kind: string): GuardDecision => {
    const d = checkIPv4Value(v4, `${formatIPv4(v4)} (${kind} in ${shown})`);
    return d;
  };
  if (zeroUpTo(8)) return refuse(`address ${shown} is unspecified (::)`);
  if (zeroUpTo(7) && g7 === 1) return refuse(`address ${shown} is loopback (::1)`);
  if (zeroUpTo(5) && g5 === 0xffff) return viaV4(embeddedIPv4(g6, g7), 'IPv4-mapped');
  if (zeroUpTo(4) && g4 === 0xffff && g5 === 0) return viaV4(embeddedIPv4(g6, g7), 'IPv4-translated');
  if (zeroUpTo(6)) return viaV4(embeddedIPv4(g6, g7), 'IPv4-compatible');
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return viaV4(embeddedIPv4(g6, g7), 'NAT64');
  if (g0 === 0x2002) return viaV4(embeddedIPv4(g1, g2), '6to4');
  if ((g0 & 0xffc0) === 0xfe80) return refuse(`address ${shown} is link-local (fe80::/10)`);
  if ((g0 & 0xffc0) === 0xfec0) return refuse(`address ${shown} is site-local (fec0::/10)`);
  if ((g0 & 0xfe00) === 0xfc00) return refuse(`address ${shown} is unique local (fc00::/7)`);
  if ((g0 & 0xff00) === 0xff00) return refuse(`address ${shown} is multicast (ff00::/8)`);
  if (g0 === 0x2001 && g1 === 0x0db8) return refuse(`address ${shown} is documentation (2001:db8::/32)`);
  if (g0 === 0x2001 && g1 === 0) return refuse(`address ${shown} is Teredo (2001::/32)`);
  if (g0 === 0x2001 && (g1 & 0xfff0) === 0x0010) return refuse(`address ${shown} is ORCHID (2001:10::/28)`);
  if (g0 === 0x2001 && g1 === 2 && g2 === 0) return refuse(`address ${shown} is benchmarking (2001:2::/48)`);
  // Global unicast is 2000::/3; everything else is reserved or special-purpose.
  if ((g0 & 0xe000) !== 0x2000) return refuse(`address ${shown} is reserved (outside global unicast 2000::/3)`);
  return ALLOWED;
}

/**
 * Whether a literal IP address (IPv4 in any inet_aton form, or IPv6) may be connected to.
 * Returns undefined when `host` is not an IP literal.
 */
export function checkIpLiteral(host: string): GuardDecision | undefined {
  const v4 = parseIPv4(host);
  if (v4 !== undefined) return checkIPv4Value(v4, formatIPv4(v4));
  const v6 = parseIPv6(host);
  if (v6 !== undefined) return checkIPv6Groups(v6, host.replace(/^\[|\]$/g, ''));
  return undefined;
}

/** Decision for one address a host name resolved to (what `dns.lookup` returns). */
export function checkAddressAllowed(address: string): GuardDecision {
  return checkIpLiteral(address) ?? refuse(`"${address}" is not an IP address`);
}

/** Host as compared with allowHosts: lower case, no IPv6 brackets, no trailing dot. */
export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

/** Whether `hostname` (a URL's hostname) is exempt from the private-address guard. */
export function isHostAllowListed(hostname: string, allowHosts: readonly string[]): boolean {
  const host = normalizeHost(hostname);
  return allowHosts.some((h) => normalizeHost(h) === host);
}

/**
 * SSRF guard decision for a URL, pure (no DNS): only http/https, no credentials, and no host that
 * is, or by convention names, a loopback, private, link-local, ULA, CGNAT, multicast or otherwise
 * non-public address in any encoding, unless the host is in `allowHosts`. Public host names pass
 * here; `httpGet` additionally checks every address they resolve to before connecting.
 */
export function checkUrlAllowed(url: string, allowHosts: readonly string[]): GuardDecision {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse(`invalid URL "${url.slice(0, 200)}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return refuse(`scheme "${parsed.protocol}" is not http or https`);
  if (parsed.username !== '' || parsed.password !== '') return refuse('credentials in the URL are not allowed');
  const host = normalizeHost(parsed.hostname);
  if (host === '') return refuse('URL has no host');
  if (isHostAllowListed(host, allowHosts)) return ALLOWED;
  const literal = checkIpLiteral(host);
  if (literal) return literal;
  if (BLOCKED_NAMES.has(host) || BLOCKED_NAME_SUFFIXES.some((s) => host.endsWith(s))) {
    return refuse(`host "${host}" names a local or internal machine`);
  }
  if (!host.includes('.')) return refuse(`single-label host "${host}" resolves through local search domains`);
  return ALLOWED;
}

/**
 * Decision for following a redirect from `from` to `to`: the target must itself pass
 * {@link checkUrlAllowed}, and an https page may not send us to plain http (a downgrade would
 * expose the request and let a network attacker answer in the server's name).
 */
export function checkRedirectHop(from: string, to: string, allowHosts: readonly string[]): GuardDecision & { downgrade?: true } {
  const target = checkUrlAllowed(to, allowHosts);
  if (!target.allowed) return target;
  let fromProtocol: string;
  try {
    fromProtocol = new URL(from).protocol;
  } catch {
    return refuse(`invalid URL "${from.slice(0, 200)}"`);
  }
  if (fromProtocol === 'https:' && new URL(to).protocol === 'http:') {
    return { allowed: false, reason: `redirect from https to http (${to.slice(0, 200)}) is a downgrade`, downgrade: true };
  }
  return ALLOWED;
}
