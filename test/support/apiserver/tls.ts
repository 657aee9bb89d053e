/**
 * A throwaway CA and a serving certificate for 127.0.0.1/localhost, made with the openssl CLI
 * (Node cannot issue X.509 certificates). Real clusters serve HTTPS with their own CA; clients
 * must trust it through the kubeconfig's certificate-authority-data, and so must ours.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Certificates {
  ca: string;
  cert: string;
  key: string;
}

export async function makeCertificates(dir: string): Promise<Certificates> {
  const p = (f: string) => join(dir, f);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  await run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.crt'),
    '-days',
    '3650',
    '-subj',
    '/CN=shipshape-stand-in-ca',
  ]);
  await run('openssl', [
    'req',
    ...ec,
    '-keyout',
    p('server.key'),
    '-out',
    p('server.csr'),
    '-subj',
    '/CN=kube-apiserver',
  ]);
  await writeFile(
    p('san.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.crt'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-out',
    p('server.crt'),
    '-days',
    '3650',
    '-extfile',
    p('san.ext'),
  ]);
  const [ca, cert, key] = await Promise.all(
    ['ca.crt', 'server.crt', 'server.key'].map((f) => readFile(p(f), 'utf8')),
  );
  return { ca, cert, key };
}
