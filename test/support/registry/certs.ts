import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface TestCa {
  /** PEM files on disk. */
  caFile: string;
  certFile: string;
  keyFile: string;
}

const openssl = (args: string[], cwd: string) =>
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });

/**
 * A self-signed CA and a server certificate for 127.0.0.1 (or the host name `cn`) signed by
 * it, made with openssl (EC keys: fast to generate).
 */
export function makeServerCert(dir: string, cn = '127.0.0.1'): TestCa {
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ecKey,
      '-keyout',
      'ca.key',
      '-out',
      'ca.crt',
      '-days',
      '2',
      '-subj',
      '/CN=shipshape test CA',
    ],
    dir,
  );
  openssl(
    ['req', ...ecKey, '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${cn}`],
    dir,
  );
  writeFileSync(
    path.join(dir, 'san.ext'),
    `subjectAltName=${/^[\d.]+$/.test(cn) ? 'IP' : 'DNS'}:${cn}\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'server.crt',
      '-days',
      '2',
      '-extfile',
      'san.ext',
    ],
    dir,
  );
  return {
    caFile: path.join(dir, 'ca.crt'),
    certFile: path.join(dir, 'server.crt'),
    keyFile: path.join(dir, 'server.key'),
  };
}

/** An RSA key with a self-signed certificate: the token issuer signs with it, the registry trusts it. */
export function makeSigningCert(dir: string): { certFile: string; keyFile: string } {
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'signing.key',
      '-out',
      'signing.crt',
      '-days',
      '2',
      '-subj',
      '/CN=shipshape test token issuer',
    ],
    dir,
  );
  return { certFile: path.join(dir, 'signing.crt'), keyFile: path.join(dir, 'signing.key') };
}
