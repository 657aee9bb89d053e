/**
 * Label selectors (https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors)
 * and field selectors (https://kubernetes.io/docs/concepts/overview/working-with-objects/field-selectors/)
 * in their query-string form.
 */
import { badRequest } from './status.js';

type Obj = Record<string, unknown>;
export type Matcher = (obj: Obj) => boolean;

interface Requirement {
  key: string;
  op: 'in' | 'notin' | 'exists' | '!exists';
  values: string[];
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const labelKey =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const labelValue = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

function parseRequirement(part: string): Requirement {
  const fail = (why: string) => badRequest(`unable to parse requirement: ${why}`);
  let m = /^!\s*(\S+)$/.exec(part);
  if (m) return { key: check(m[1]), op: '!exists', values: [] };
  m = /^(\S+?)\s+(in|notin)\s*\((.*)\)$/.exec(part);
  if (m) {
    const values = m[3].split(',').map((v) => v.trim());
    values.forEach(checkValue);
    return { key: check(m[1]), op: m[2] as 'in' | 'notin', values };
  }
  m = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
  if (m) {
    checkValue(m[3].trim());
    return { key: check(m[1]), op: m[2] === '!=' ? 'notin' : 'in', values: [m[3].trim()] };
  }
  if (/^\S+$/.test(part)) return { key: check(part), op: 'exists', values: [] };
  throw fail(
    `found '${part}', expected: key, !key, key=value, key!=value, key in (values), key notin (values)`,
  );

  function check(key: string): string {
    if (!labelKey.test(key)) throw fail(`invalid label key "${key}"`);
    return key;
  }
  function checkValue(v: string): void {
    if (!labelValue.test(v) || v.length > 63) throw fail(`invalid label value: "${v}"`);
  }
}

export function parseLabelSelector(s: string | null): Matcher {
  if (!s) return () => true;
  const reqs = splitTopLevel(s).map(parseRequirement);
  return (obj) => {
    const labels = ((obj.metadata as Obj | undefined)?.labels ?? {}) as Record<string, string>;
    return reqs.every((r) => {
      const has = Object.hasOwn(labels, r.key);
      switch (r.op) {
        case 'exists':
          return has;
        case '!exists':
          return !has;
        case 'in':
          return has && r.values.includes(labels[r.key]);
        case 'notin':
          return !has || !r.values.includes(labels[r.key]);
      }
    });
  };
}

/** The fields each kind can be selected on besides metadata.name/metadata.namespace. */
const extraFields: Record<string, string[]> = {
  '/Pod': [
    'spec.nodeName',
    'spec.restartPolicy',
    'spec.schedulerName',
    'spec.serviceAccountName',
    'status.phase',
    'status.podIP',
  ],
  '/Secret': ['type'],
  '/Namespace': ['status.phase'],
  '/Event': [
    'involvedObject.kind',
    'involvedObject.name',
    'involvedObject.namespace',
    'involvedObject.uid',
    'reason',
    'type',
  ],
  'batch/Job': ['status.successful'],
};

function valueAt(obj: Obj, path: string): string {
  let cur: unknown = obj;
  for (const p of path.split('.'))
    cur = typeof cur === 'object' && cur !== null ? (cur as Obj)[p] : undefined;
  return cur === undefined || cur === null ? '' : String(cur);
}

export function parseFieldSelector(s: string | null, groupKind: string): Matcher {
  if (!s) return () => true;
  const allowed = new Set([
    'metadata.name',
    'metadata.namespace',
    ...(extraFields[groupKind] ?? []),
  ]);
  const reqs = splitTopLevel(s).map((part) => {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${s}'; can't understand '${part}'`);
    const field = m[1].trim();
    if (!allowed.has(field)) throw badRequest(`field label not supported: ${field}`);
    return { field, negate: m[2] === '!=', value: m[3].trim() };
  });
  return (obj) => reqs.every((r) => (valueAt(obj, r.field) === r.value) !== r.negate);
}
