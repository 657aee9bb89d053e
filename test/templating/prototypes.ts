/**
 * Detects prototype pollution: a snapshot of the built-in prototypes a template could reach
 * (every own property with its value or accessors), compared after each probe.
 */
import { expect } from 'vitest';

const WATCHED = {
  'Object.prototype': Object.prototype,
  'Array.prototype': Array.prototype,
  'Function.prototype': Function.prototype,
  'String.prototype': String.prototype,
} as const;

type Snapshot = Record<string, Map<string | symbol, unknown[]>>;

export function snapshotPrototypes(): Snapshot {
  const snap: Snapshot = {};
  for (const [name, proto] of Object.entries(WATCHED)) {
    const props = new Map<string | symbol, unknown[]>();
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
      props.set(key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
    }
    snap[name] = props;
  }
  return snap;
}

/** Fails naming the prototype and the keys that were added, removed or replaced. */
export function expectPrototypesUnchanged(before: Snapshot, context = ''): void {
  const after = snapshotPrototypes();
  for (const name of Object.keys(WATCHED)) {
    const was = before[name];
    const now = after[name];
    const changed = [...new Set([...was.keys(), ...now.keys()])].filter((k) => {
      const a = was.get(k);
      const b = now.get(k);
      return !a || !b || a.some((x, i) => !Object.is(x, b[i]));
    });
    expect(changed.map(String), `${name} changed ${context}`).toEqual([]);
  }
  expect(Object.getPrototypeOf({}), `Object.getPrototypeOf({}) ${context}`).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).polluted, `({}).polluted ${context}`).toBeUndefined();
}
