/**
 * Secrets this process has seen (passwords, tokens, Basic credentials), so that any text
 * coming from a server can be scrubbed before it reaches an error message or a log line.
 */
export class SecretRedactor {
  private readonly secrets = new Set<string>();

  add(...values: (string | undefined)[]): void {
    for (const v of values) if (v && v.length >= 4) this.secrets.add(v);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join('***');
    return out;
  }
}
