// Benchmark for issue 9 (exhaustion): parsing a ConfigMap with N keys, shipshape's parser
// (yaml's composer without its own duplicate-key check, plus our linear check) against the
// yaml library with `uniqueKeys: true`, which compares every key with every earlier one.
// Run: npm exec -- tsx bench/yaml-keys.ts [maxKeys]
import { parseDocument } from 'yaml';
import { parseYaml } from '../src/util/yaml.js';

const MAX = Number(process.argv[2] ?? 50_000);
const configMap = (n: number) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${Array.from(
    { length: n },
    (_, i) => `  k${i}: "v${i}"`,
  ).join('\n')}\n`;

function time(f: () => void): number {
  const start = performance.now();
  f();
  return performance.now() - start;
}

console.log('keys\tshipshape ms\tyaml uniqueKeys ms\tms per 1k keys (shipshape)');
for (let n = MAX / 8; n <= MAX; n *= 2) {
  const text = configMap(n);
  const ours = time(() => parseYaml(text, 'bench.yaml'));
  const library = time(() => parseDocument(text, { uniqueKeys: true }).toJS());
  console.log(`${n}\t${ours.toFixed(0)}\t${library.toFixed(0)}\t${((ours / n) * 1000).toFixed(2)}`);
}
