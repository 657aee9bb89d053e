/**
 * undici, loaded on first use: parsing it (and the Node-internal undici it wakes) costs tens
 * of milliseconds, which a start that makes no HTTP request does not pay (the bundler puts a
 * dynamic import in its own chunk; bench/action-cold-start.ts).
 */
export type Undici = typeof import('undici');

let loading: Promise<Undici> | undefined;

export function loadUndici(): Promise<Undici> {
  return (loading ??= import('undici'));
}
