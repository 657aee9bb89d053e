/**
 * Values this process learned are secret while rendering: SOPS-decrypted values, Secrets
 * read from the cluster, cloud secret store contents, passwords in use. Every surface that
 * prints or publishes text (the CLI's errors, the actions' outputs) scrubs them, and
 * listeners (the actions: core.setSecret) are told each one as it is learned.
 */
import { SecretRedactor } from './secret-redactor.js';

/** Shorter values are not scrubbed: they would mangle ordinary text ("true", "80"). */
export const MIN_SENSITIVE = 6;

const redactor = new SecretRedactor();
const known = new Set<string>();
const listeners: ((value: string) => void)[] = [];

export function addSensitive(value: string): void {
  if (typeof value !== 'string' || value.length < MIN_SENSITIVE || known.has(value)) return;
  known.add(value);
  redactor.add(value);
  // a multi-line value (a key, a certificate) is also masked line by line
  for (const line of value.split('\n'))
    if (line.trim().length >= MIN_SENSITIVE && line !== value) addSensitive(line.trim());
  for (const l of listeners) l(value);
}

/** Called with every sensitive value, including those learned before. */
export function onSensitive(listener: (value: string) => void): void {
  listeners.push(listener);
  for (const v of known) listener(v);
}

/** `text` with every sensitive value (and its encodings) replaced by `***`. */
export function redactSensitive(text: string): string {
  return known.size ? (redactor.redact(text) ?? text) : text;
}

export function hasSensitive(): boolean {
  return known.size > 0;
}
