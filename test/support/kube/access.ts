/**
 * Who may do what on a test server: static bearer tokens (kube-apiserver --token-auth-file),
 * a kubeconfig with one context per user, and the RBAC binding that makes the viewer a viewer.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { Agent, fetch } from 'undici';
import { stringify } from 'yaml';

/** Contexts in the written kubeconfig. */
export const CONTEXTS = {
  /** User `admin` in group system:masters, namespace `default` (the current context). */
  admin: 'shipshape',
  /** User `viewer`, with the built-in read-only permissions of `view`: get, list and watch. */
  viewer: 'shipshape-viewer',
  /** A token the server does not know: what expired credentials look like (401). */
  expired: 'shipshape-expired',
} as const;

export type Tokens = Record<keyof typeof CONTEXTS, string>;

export function makeTokens(): Tokens {
  const token = () => randomBytes(24).toString('base64url');
  return { admin: token(), viewer: token(), expired: token() };
}

/** The --token-auth-file: `token,user,uid,"groups"`; the expired token is left out on purpose. */
export async function writeTokenFile(file: string, tokens: Tokens): Promise<void> {
  await writeFile(
    file,
    `${tokens.admin},admin,admin-uid,"system:masters"\n${tokens.viewer},viewer,viewer-uid\n`,
    { mode: 0o600 },
  );
}

export async function writeKubeconfig(
  file: string,
  server: string,
  caPem: string,
  tokens: Tokens,
): Promise<void> {
  const names = Object.keys(CONTEXTS) as (keyof typeof CONTEXTS)[];
  await writeFile(
    file,
    stringify({
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [
        {
          name: 'shipshape',
          cluster: { server, 'certificate-authority-data': Buffer.from(caPem).toString('base64') },
        },
      ],
      users: names.map((user) => ({ name: user, user: { token: tokens[user] } })),
      contexts: names.map((user) => ({
        name: CONTEXTS[user],
        context: { cluster: 'shipshape', user, namespace: 'default' },
      })),
      'current-context': CONTEXTS.admin,
    }),
    { mode: 0o600 },
  );
}

/**
 * Binds user `viewer` to `system:aggregate-to-view`, the built-in role that holds the rules of
 * `view`: `view` itself is filled by kube-controller-manager's aggregation controller, which
 * does not run here, so bound to `view` the viewer could read nothing. Then waits until the
 * authorizer (which learns of bindings through a watch) lets the viewer read.
 */
export async function bindViewer(server: string, caPem: string, tokens: Tokens): Promise<void> {
  const dispatcher = new Agent({ connect: { ca: caPem } });
  const call = (path: string, token: string, body?: object) =>
    fetch(`${server}${path}`, {
      method: body ? 'POST' : 'GET',
      dispatcher,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
  try {
    const res = await call('/apis/rbac.authorization.k8s.io/v1/clusterrolebindings', tokens.admin, {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRoleBinding',
      metadata: { name: 'shipshape-viewer' },
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'system:aggregate-to-view',
      },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'viewer' }],
    });
    if (res.status !== 201)
      throw new Error(`binding the viewer failed: ${res.status} ${await res.text()}`);
    for (let i = 0; ; i++) {
      const read = await call('/api/v1/namespaces/default/configmaps', tokens.viewer);
      await read.body?.cancel();
      if (read.status === 200) return;
      if (i === 100) throw new Error(`the viewer still cannot read: ${read.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await dispatcher.close();
  }
}
