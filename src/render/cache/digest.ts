/**
 * Digests for cache keys. Every part is written with its kind and length, so two different
 * inputs can never hash alike by running into each other ("ab" + "c" vs "a" + "bc"), and
 * values are encoded by type (the number 1, the string "1" and `true` differ).
 */
import { createHash } from 'node:crypto';

/** A value a digest cannot describe exactly (a function, a class instance): not cacheable. */
export class NotDigestible extends Error {}

export class Digest {
  private readonly parts: string[] = [];

  /** A named string part. */
  text(name: string, value: string): this {
    this.parts.push(`${name.length}:${name}${value.length}:${value}`);
    return this;
  }

  /** A named part of plain data (what YAML, JSON and kluctl's variables hold). */
  value(name: string, value: unknown): this {
    const out: string[] = [];
    encode(value, out);
    return this.text(name, out.join(''));
  }

  hex(): string {
    return createHash('sha256').update(this.parts.join('')).digest('hex');
  }
}

function encode(v: unknown, out: string[]): void {
  if (v === null) out.push('n');
  else if (v === undefined) out.push('u');
  else if (typeof v === 'boolean') out.push(v ? 't' : 'f');
  else if (typeof v === 'number') out.push(`d${Object.is(v, -0) ? '-0' : String(v)};`);
  else if (typeof v === 'bigint') out.push(`b${String(v)};`);
  else if (typeof v === 'string') out.push(`s${v.length}:`, v);
  else if (Array.isArray(v)) {
    out.push(`[${v.length}:`);
    for (const x of v) encode(x, out);
  } else if (typeof v === 'object' && isPlain(v)) {
    const keys = Object.keys(v);
    out.push(`{${keys.length}:`);
    for (const k of keys) {
      out.push(`${k.length}:`, k);
      encode((v as Record<string, unknown>)[k], out);
    }
  } else throw new NotDigestible(`${typeof v} ${Object.prototype.toString.call(v)}`);
}

function isPlain(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
