/**
 * Watch streams: newline-delimited JSON `{type, object}` events
 * (https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes).
 */
import type { Readable } from 'node:stream';
import type { K8sObject } from '../util/k8s.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export interface WatchEvent {
  type: WatchEventType;
  /** The object; for ERROR a `Status`. */
  object: K8sObject;
}

/** The events of a watch response body, as they arrive. */
export async function* watchEvents(body: Readable): AsyncGenerator<WatchEvent> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    buffer += decoder.decode(chunk as Uint8Array, { stream: true });
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl).trim();
      buffer = buffer.slice(nl + 1);
      if (line) yield JSON.parse(line) as WatchEvent;
    }
  }
  if (buffer.trim()) yield JSON.parse(buffer) as WatchEvent;
}

/** Whether `obj` has a condition `type` with `status` (default "True"). */
export function hasCondition(obj: K8sObject | undefined, type: string, status = 'True'): boolean {
  const conditions = (
    obj?.status as { conditions?: { type?: string; status?: string }[] } | undefined
  )?.conditions;
  return (
    Array.isArray(conditions) && conditions.some((c) => c.type === type && c.status === status)
  );
}
