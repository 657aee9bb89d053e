/**
 * Where SOPS finds age keys, read the way sops reads them: SOPS_AGE_KEY (several keys per
 * line allowed), SOPS_AGE_KEY_FILE, SOPS_AGE_KEY_CMD, and the default keys file
 * (`$XDG_CONFIG_HOME/sops/age/keys.txt`, else `~/.config/sops/age/keys.txt`; on macOS
 * `~/Library/Application Support/sops/age/keys.txt` unless XDG_CONFIG_HOME is set).
 * SSH keys (SOPS_AGE_SSH_PRIVATE_KEY_FILE, ~/.ssh/id_ed25519, id_rsa) are left to the
 * `sops` binary.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AgeError, parseIdentities, type AgeIdentity } from './age.js';

export interface AgeKeyring {
  identities: AgeIdentity[];
  /** Where keys were looked for and found (names of variables and files, never contents). */
  sources: string[];
  /** Where keys were looked for and none were. */
  looked: string[];
  /** Problems reading a place (unreadable file, malformed key), without key material. */
  problems: string[];
  /** An SSH key sops could use exists: the `sops` binary may succeed where this cannot. */
  sshKeys: boolean;
  /** Identities of a kind this cannot use (plugins). */
  unsupported: number;
}

export type Env = Record<string, string | undefined>;

function configDir(env: Env): string | undefined {
  if (env.XDG_CONFIG_HOME) return env.XDG_CONFIG_HOME;
  if (!env.HOME) return undefined;
  return process.platform === 'darwin'
    ? path.join(env.HOME, 'Library', 'Application Support')
    : path.join(env.HOME, '.config');
}

export function loadAgeKeyring(env: Env, cwd: string): AgeKeyring {
  const ring: AgeKeyring = {
    identities: [],
    sources: [],
    looked: [],
    problems: [],
    sshKeys: false,
    unsupported: 0,
  };
  const add = (where: string, text: string, multiple: boolean) => {
    try {
      const { identities, unsupported } = parseIdentities(text, multiple);
      ring.unsupported += unsupported;
      if (identities.length) {
        ring.identities.push(...identities);
        ring.sources.push(where);
      } else if (!unsupported) ring.looked.push(where);
    } catch (err) {
      ring.problems.push(
        `${where}: ${err instanceof AgeError ? err.message : 'not an age identity'}`,
      );
    }
  };
  if (env.SOPS_AGE_KEY !== undefined) add('SOPS_AGE_KEY', env.SOPS_AGE_KEY, true);
  else ring.looked.push('SOPS_AGE_KEY');
  if (env.SOPS_AGE_KEY_FILE !== undefined) {
    const file = path.resolve(cwd, env.SOPS_AGE_KEY_FILE);
    try {
      add(`SOPS_AGE_KEY_FILE (${env.SOPS_AGE_KEY_FILE})`, readFileSync(file, 'utf8'), false);
    } catch {
      ring.problems.push(`SOPS_AGE_KEY_FILE: cannot read ${env.SOPS_AGE_KEY_FILE}`);
    }
  } else ring.looked.push('SOPS_AGE_KEY_FILE');
  if (env.SOPS_AGE_KEY_CMD) {
    const [cmd, ...args] = env.SOPS_AGE_KEY_CMD.split(/\s+/).filter(Boolean);
    try {
      const out = execFileSync(cmd, args, {
        env: env as NodeJS.ProcessEnv,
        cwd,
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 60_000,
        encoding: 'utf8',
      });
      add('SOPS_AGE_KEY_CMD', out, false);
    } catch {
      ring.problems.push('SOPS_AGE_KEY_CMD: the command failed');
    }
  }
  const dir = configDir(env);
  if (dir) {
    const file = path.join(dir, 'sops', 'age', 'keys.txt');
    if (existsSync(file)) {
      try {
        add(file, readFileSync(file, 'utf8'), false);
      } catch {
        ring.problems.push(`${file}: cannot be read`);
      }
    } else ring.looked.push(file);
  }
  ring.sshKeys =
    env.SOPS_AGE_SSH_PRIVATE_KEY_FILE !== undefined ||
    env.SOPS_AGE_SSH_PRIVATE_KEY_CMD !== undefined ||
    (!!env.HOME &&
      (existsSync(path.join(env.HOME, '.ssh', 'id_ed25519')) ||
        existsSync(path.join(env.HOME, '.ssh', 'id_rsa'))));
  return ring;
}
