/**
 * SOPS decryption against files the real sops (and age) encrypt: every value type and
 * encryption rule sops writes, YAML and JSON, key groups (Shamir), MAC checks, missing keys,
 * and files only the `sops` binary can open (an SSH age recipient here).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { SopsDecryptor, toData } from '../../src/sops/index.js';
import { parseJsonTree, parseYamlTree } from '../../src/sops/tree.js';
import { runCli } from '../support/cli.js';
import { configMap } from '../support/project.js';
import { toolPath, toolUnavailable } from '../support/tools.js';

const missing = toolUnavailable('sops') ?? toolUnavailable('age');
if (missing) console.warn(`SOPS tests skipped: ${missing}`);

let dir: string;
let k1: string;
let k2: string;
const sops = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync(toolPath('sops'), args, {
    cwd: dir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const recipient = (keyFile: string) =>
  /public key: (age1\w+)/.exec(readFileSync(keyFile, 'utf8'))![1];

const PLAIN = `# a comment
a: hello
n: 42
f: 1.50
big: 1e3
b: true
empty: ""
nul: null
t: 2001-12-14
octal: 0755
list:
  - x   # inline comment
  - 7
  - {k: v}
nested:
  password_unencrypted: keepme
  deep: {x: "0755", y: yes, z: "12"}
`;

beforeAll(() => {
  if (missing) return;
  dir = mkdtempSync(path.join(tmpdir(), 'shipshape-sops-test-'));
  k1 = path.join(dir, 'k1.txt');
  k2 = path.join(dir, 'k2.txt');
  execFileSync('age-keygen', ['-o', k1], { stdio: 'ignore' });
  execFileSync('age-keygen', ['-o', k2], { stdio: 'ignore' });
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

function encrypt(name: string, content: string, flags: string[]): string {
  writeFileSync(path.join(dir, name), content);
  return sops(['-e', ...flags, name]);
}

describe.skipIf(missing)('SOPS', () => {
  const decryptor = () =>
    new SopsDecryptor({
      env: { SOPS_AGE_KEY_FILE: k1, SOPS_AGE_KEY: readFileSync(k2, 'utf8') },
      cwd: dir,
      sopsBinary: false,
    });

  const variants: [string, string, (r: string) => string[]][] = [
    ['everything encrypted', 'p.yaml', (r) => ['--age', r]],
    ['encrypted_regex', 'p.yaml', (r) => ['--age', r, '--encrypted-regex', '^(a|deep)$']],
    ['unencrypted_regex', 'p.yaml', (r) => ['--age', r, '--unencrypted-regex', '^(n|list)$']],
    ['encrypted_suffix', 'p.yaml', (r) => ['--age', r, '--encrypted-suffix', 'ep']],
    [
      'mac_only_encrypted',
      'p.yaml',
      (r) => ['--age', r, '--encrypted-regex', '^a$', '--mac-only-encrypted'],
    ],
    [
      'encrypted_comment_regex',
      'p.yaml',
      (r) => ['--age', r, '--encrypted-comment-regex', 'comment'],
    ],
    ['two recipients', 'p.yaml', (r) => ['--age', `${r},${recipient(k2)}`]],
  ];
  for (const [what, name, flags] of variants) {
    it(`decrypts YAML as sops does: ${what}`, () => {
      const enc = encrypt(name, PLAIN, flags(recipient(k1)));
      const mine = decryptor().decryptDocuments(enc, 'yaml', name)!.map(toData);
      writeFileSync(path.join(dir, 'enc.yaml'), enc);
      const ref = parseYamlTree(sops(['-d', 'enc.yaml'], { SOPS_AGE_KEY_FILE: k1 })).map(toData);
      expect(mine).toEqual(ref);
    });
  }

  it('decrypts JSON (number types and key order kept) and multi-document YAML', () => {
    const enc = encrypt(
      'p.json',
      '{"b": 1, "a": [1, 2.5, "x", true, null], "n": {"2": "two", "1": "one"}, "e": ""}',
      ['--age', recipient(k1)],
    );
    const d = decryptor();
    const mine = d.decryptDocuments(enc, 'json', 'p.json')!;
    writeFileSync(path.join(dir, 'enc.json'), enc);
    expect(mine.map(toData)).toEqual([
      toData(parseJsonTree(sops(['-d', 'enc.json'], { SOPS_AGE_KEY_FILE: k1 }))),
    ]);
    expect(Object.keys(toData(mine[0]) as object)).toEqual(['b', 'a', 'n', 'e']);
    const multi = encrypt('m.yaml', 'a: 1\n---\nb: two\n', ['--age', recipient(k1)]);
    expect(d.decryptDocuments(multi, 'yaml', 'm.yaml')!.map(toData)).toEqual([
      { a: 1 },
      { b: 'two' },
    ]);
  });

  it('recovers the data key from Shamir key groups', () => {
    writeFileSync(
      path.join(dir, '.sops.yaml'),
      `creation_rules:\n  - path_regex: groups.*\n    shamir_threshold: 2\n    key_groups:\n      - age: [${recipient(k1)}]\n      - age: [${recipient(k2)}]\n`,
    );
    const enc = encrypt('groups.yaml', 'secret: value-in-groups\n', []);
    rmSync(path.join(dir, '.sops.yaml'));
    expect(decryptor().decryptDocuments(enc, 'yaml', 'groups.yaml')!.map(toData)).toEqual([
      { secret: 'value-in-groups' },
    ]);
    // one group's key is not enough
    const only1 = new SopsDecryptor({
      env: { SOPS_AGE_KEY_FILE: k1 },
      cwd: dir,
      sopsBinary: false,
    });
    expect(() => only1.decryptDocuments(enc, 'yaml', 'groups.yaml')).toThrow(
      /cannot decrypt this SOPS file/,
    );
  });

  it('fails on tampering (MAC), naming the file and never a value', () => {
    const enc = encrypt('t.yaml', 'password: hunter2-secret\nnote_unencrypted: hello\n', [
      '--age',
      recipient(k1),
    ]);
    const changed = enc.replace('note_unencrypted: hello', 'note_unencrypted: HELLO');
    expect(() => decryptor().decryptDocuments(changed, 'yaml', 'secrets/t.yaml')).toThrow(
      /secrets\/t\.yaml: MAC mismatch: the file was changed after it was encrypted/,
    );
    const swapped = enc.replace(
      /^password: .*$/m,
      `password: ${/^note_unencrypted: .*$/m.exec(enc)![0]}`,
    );
    let message = '';
    try {
      decryptor().decryptDocuments(
        swapped.replace('note_unencrypted: hello\n', ''),
        'yaml',
        't.yaml',
      );
    } catch (e) {
      message = String(e);
    }
    expect(message).not.toContain('hunter2');
  });

  it('a missing key names the file, the key types it needs and where keys were looked for', () => {
    const enc = encrypt('k.yaml', 'a: b\n', ['--age', recipient(k1)]);
    const d = new SopsDecryptor({ env: { HOME: '/nonexistent' }, cwd: dir, sopsBinary: false });
    expect(() => d.decryptDocuments(enc, 'yaml', 'vars/k.yaml')).toThrow(
      new RegExp(
        `vars/k\\.yaml: cannot decrypt this SOPS file: it is encrypted for age \\(${recipient(k1)}\\); no age key was found \\(looked in SOPS_AGE_KEY, SOPS_AGE_KEY_FILE`,
      ),
    );
    const wrong = new SopsDecryptor({
      env: { SOPS_AGE_KEY_FILE: k2 },
      cwd: dir,
      sopsBinary: false,
    });
    expect(() => wrong.decryptDocuments(enc, 'yaml', 'k.yaml')).toThrow(
      /the age keys from SOPS_AGE_KEY_FILE .* are not among its recipients/,
    );
  });

  it('hands files for other key types to the sops binary (an SSH age recipient), and explains when it is missing', () => {
    const sshKey = path.join(dir, 'id_ed25519');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', sshKey]);
    const pub = readFileSync(`${sshKey}.pub`, 'utf8').trim();
    const enc = encrypt('ssh.yaml', 'token: via-ssh-key\n', ['--age', pub]);
    const env = {
      SOPS_AGE_SSH_PRIVATE_KEY_FILE: sshKey,
      PATH: `${path.dirname(toolPath('sops'))}:${process.env.PATH}`,
      HOME: '/nonexistent',
    };
    const seen: string[] = [];
    const d = new SopsDecryptor({ env, cwd: dir, onSecret: (s) => seen.push(s) });
    expect(d.decryptDocuments(enc, 'yaml', 'ssh.yaml')!.map(toData)).toEqual([
      { token: 'via-ssh-key' },
    ]);
    expect(seen).toContain('via-ssh-key');
    const without = new SopsDecryptor({ env: { ...env, PATH: '/nonexistent' }, cwd: dir });
    expect(() => without.decryptDocuments(enc, 'yaml', 'ssh.yaml')).toThrow(
      /cannot decrypt this SOPS file/,
    );
  });

  it('refuses to let the sops binary send credentials to a Vault the file names', () => {
    const fake = `a: ENC[AES256_GCM,data:AA==,iv:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=,tag:AAAAAAAAAAAAAAAAAAAAAA==,type:str]\nsops:\n  hc_vault:\n    - vault_address: https://attacker.example\n      engine_path: sops\n      key_name: k\n      enc: x\n  lastmodified: "2024-01-01T00:00:00Z"\n  mac: x\n  version: 3.13.3\n`;
    const d = new SopsDecryptor({ env: { PATH: path.dirname(toolPath('sops')) }, cwd: dir });
    expect(() => d.decryptDocuments(fake, 'yaml', 'v.yaml')).toThrow(
      /names attacker\.example; decrypting would send your HashiCorp Vault credentials there/,
    );
  });

  it('decrypts manifests and vars files when rendering, and keeps decrypted values out of the render directory', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'shipshape-sops-project-'));
    const w = (rel: string, text: string) => {
      execFileSync('mkdir', ['-p', path.dirname(path.join(project, rel))]);
      writeFileSync(path.join(project, rel), text);
    };
    w('deployment.yaml', 'vars:\n  - file: secrets.yaml\ndeployments:\n  - path: app\n');
    w('app/cm.yaml', configMap('from-vars', { v: '{{ db.password }}' }));
    writeFileSync(path.join(dir, 's.yaml'), 'db:\n  password: pw-from-sops-vars\n');
    w('secrets.yaml', sops(['-e', '--age', recipient(k1), 's.yaml']));
    writeFileSync(
      path.join(dir, 'm.yaml'),
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: enc\nstringData:\n  token: tok-from-sops-manifest\n',
    );
    w(
      'app/secret.yaml',
      sops(['-e', '--age', recipient(k1), '--encrypted-regex', '^(data|stringData)$', 'm.yaml']),
    );
    const env = { SOPS_AGE_KEY_FILE: k1 };
    const r = await runCli(['render', '--project-dir', project, '--print-all'], { env });
    expect(r.stderr).not.toContain('error');
    const objs = parseAllDocuments(r.stdout).map((d) => d.toJS());
    expect(objs.map((o) => o.metadata.name).sort()).toEqual(['enc', 'from-vars']);
    expect(r.stdout).toContain('tok-from-sops-manifest');
    expect(r.stdout).toContain('pw-from-sops-vars');
    const out = path.join(project, 'out');
    const kept = await runCli(['render', '--project-dir', project, '--render-output-dir', out], {
      env,
    });
    expect(kept.code).toBe(0);
    const grep = (text: string) => {
      try {
        return execFileSync('grep', ['-rl', text, out], { encoding: 'utf8' });
      } catch {
        return '';
      }
    };
    expect(grep('tok-from-sops-manifest')).toBe('');
    expect(grep('pw-from-sops-vars')).toBe('');
    expect(readFileSync(path.join(out, 'app', 'secret.yaml'), 'utf8')).toContain('ENC[AES256_GCM');
    rmSync(project, { recursive: true, force: true });
  });
});
