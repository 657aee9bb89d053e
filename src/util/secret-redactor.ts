/**
 * Secrets this process has seen (passwords, identity and registry tokens, tokens fetched at
 * run time), so that text coming from a server can be scrubbed before it reaches an error
 * message or a log line. A server may echo a secret as it received it or re-encoded, so
 * every form it could take is searched for, ignoring case: as is, URL- and form-encoded,
 * JSON-escaped, hex, and base64 (standard and URL alphabets, with and without padding, and
 * inside a longer base64 text at any of the three byte alignments); for Basic auth also the
 * base64 of `user:password`, which is the header itself.
 *
 * A secret shorter than MIN_LENGTH cannot be searched for without scrubbing ordinary text,
 * so once one is in use redact() scrubs nothing and says so: the caller then leaves the
 * server's text out instead.
 */
export const MIN_LENGTH = 4;

// A base64 fragment shorter than this (from a shifted alignment) matches too much text.
const MIN_FRAGMENT = 6;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function base64Forms(bytes: Buffer): string[] {
  const std = bytes.toString('base64');
  return [std, std.replace(/=+$/, ''), bytes.toString('base64url')];
}

/** The characters of base64(prefix + secret) that depend on the secret's bytes alone. */
function shiftedBase64(bytes: Buffer): string[] {
  const out: string[] = [];
  for (const shift of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const start = Math.ceil((8 * shift) / 6);
    const end = Math.floor((8 * (shift + bytes.length)) / 6);
    const core = encoded.slice(start, end);
    if (core.length >= MIN_FRAGMENT) out.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
}

function formsOf(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1),
    bytes.toString('hex'),
    ...base64Forms(bytes),
    ...shiftedBase64(bytes),
  ];
}

export class SecretRedactor {
  private readonly forms = new Set<string>();
  private pattern: RegExp | undefined;
  private tooShort = false;

  /** Passwords and tokens. */
  add(...values: (string | undefined)[]): void {
    for (const v of values) {
      if (!v) continue;
      if (v.length < MIN_LENGTH) this.tooShort = true;
      else for (const f of formsOf(v)) this.remember(f);
    }
  }

  /** The pair Basic auth sends; its password is added on its own as well. */
  addBasic(username: string, password: string): void {
    this.add(password);
    for (const f of base64Forms(Buffer.from(`${username}:${password}`, 'utf8'))) this.remember(f);
  }

  /** `text` with every form of every secret replaced by `***`; undefined when that cannot be sure. */
  redact(text: string): string | undefined {
    if (this.tooShort) return undefined;
    if (!this.forms.size) return text;
    this.pattern ??= new RegExp(
      [...this.forms]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'gi',
    );
    return text.replace(this.pattern, '***');
  }

  private remember(form: string): void {
    if (form.length < MIN_LENGTH || this.forms.has(form)) return;
    this.forms.add(form);
    this.pattern = undefined;
  }
}
