/**
 * Which addresses a host on the internet should not be able to make us call: loopback,
 * link-local (where the cloud metadata services answer), private networks, unique-local,
 * multicast and unspecified addresses. Used where a stranger chooses a URL (http vars
 * sources) or where a server chooses where we go next (a registry's redirect).
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

function ipv4Blocked(ip: string): boolean {
  const [a, b] = ip.split('.').map(Number);
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    a >= 224
  );
}

/** Loopback, link-local, private, unique-local, multicast and unspecified addresses. */
export function isInternalAddress(ip: string): boolean {
  if (isIP(ip) === 4) return ipv4Blocked(ip);
  const v6 = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6);
  if (mapped) return ipv4Blocked(mapped[1]);
  return v6 === '::' || v6 === '::1' || /^fe[89ab]/.test(v6) || /^f[cd]/.test(v6) || /^ff/.test(v6);
}

/** Whether `host` (a name or an address) resolves to an internal address; unresolvable: false. */
export async function resolvesInternal(host: string): Promise<boolean> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return isInternalAddress(bare);
  try {
    const addresses = await lookup(bare, { all: true });
    return addresses.some((a) => isInternalAddress(a.address));
  } catch {
    return false;
  }
}
