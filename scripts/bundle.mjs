// Builds dist/: one ncc bundle of the engine (dist/index.js) and thin entry files for the
// CLI and each action, so every surface shares the same code and dist stays small.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(path.join(root, 'lib'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);

// The render cache keys every entry by the code that rendered it (src/render/cache/build-id.ts):
// in the bundle, that is the digest of the compiled code and the locked dependencies.
const lib = path.join(root, 'lib');
const code = createHash('sha256');
const digestDir = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) digestDir(p);
    else if (e.name.endsWith('.js'))
      code.update(`${path.relative(lib, p)}\0`).update(readFileSync(p));
  }
};
digestDir(lib);
code.update(readFileSync(path.join(root, 'package-lock.json')));
writeFileSync(
  path.join(lib, 'render/cache/build-id.js'),
  `export function buildId() {\n  return ${JSON.stringify(`bundle-${code.digest('hex')}`)};\n}\n`,
);

// @actions/core imports its OIDC client for getIDToken, which shipshape never calls, and with
// it @actions/http-client and undici 6: 1 MB every action would parse before its first log
// line (bench/action-cold-start.ts). The package does not declare itself free of side
// effects, so the bundler keeps all of it; a copy that does (found from lib/ before the
// installed one) lets the bundler drop the modules nothing uses.
const core = path.join(lib, 'node_modules', '@actions', 'core');
cpSync(path.join(root, 'node_modules', '@actions', 'core'), core, { recursive: true });
const corePackage = JSON.parse(readFileSync(path.join(core, 'package.json'), 'utf8'));
writeFileSync(
  path.join(core, 'package.json'),
  `${JSON.stringify({ ...corePackage, sideEffects: false }, null, 2)}\n`,
);

const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
run(bin('ncc'), [
  'build',
  'lib/entry.js',
  '-o',
  'dist',
  '--target',
  'es2022',
  '--quiet',
  '--no-source-map-register',
  // Every bundled dependency's license, as its license requires when redistributed.
  '--license',
  'licenses.txt',
]);

// ncc keeps the `//# sourceMappingURL=` comments of bundled dependencies, pointing at maps
// that are not shipped.
for (const f of readdirSync(dist).filter((n) => n.endsWith('.js'))) {
  const file = path.join(dist, f);
  const text = readFileSync(file, 'utf8');
  const stripped = text.replace(/^\/\/# sourceMappingURL=.*$/gm, '');
  if (stripped !== text) writeFileSync(file, stripped);
}

// Entry files: the CLI and one per action (see action.yml and actions/*/action.yml). Each turns
// on Node's compile cache (src/compile-cache.ts) before it loads the bundle, so the bundle is
// imported, not linked statically: a static import would be compiled first.
cpSync(path.join(lib, 'compile-cache.js'), path.join(dist, 'compile-cache.js'));
const entry = (run) =>
  `import { enableCompileCache } from './compile-cache.js';\n\nenableCompileCache();\nconst shipshape = await import('./index.js');\n${run}\n`;
writeFileSync(
  path.join(dist, 'cli.js'),
  `#!/usr/bin/env node\n${entry('process.exitCode = await shipshape.cli(process.argv.slice(2));')}`,
);
chmodSync(path.join(dist, 'cli.js'), 0o755);
const actions = [
  'action',
  ...readdirSync(path.join(root, 'actions'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name),
];
for (const name of actions)
  writeFileSync(
    path.join(dist, `${name}.js`),
    entry(`await shipshape.runAction(${JSON.stringify(name)});`),
  );
rmSync(path.join(root, 'lib'), { recursive: true, force: true });
