/**
 * The validation rules that matter to deployment tools, with Kubernetes' messages
 * (field.Error bodies from k8s.io/apimachinery/pkg/util/validation/field): names, required
 * workload fields, and the immutable fields users trip over (Deployment/Job selectors, Job
 * templates, Service clusterIP, StatefulSet spec, immutable ConfigMaps/Secrets, roleRef).
 */
import type { FieldError } from './status.js';
import { deepEqual } from './typed.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const invalid = (field: string, value: string, detail: string): FieldError => ({
  field,
  reason: 'FieldValueInvalid',
  detail: `Invalid value: ${value}: ${detail}`,
});
const required = (field: string, detail = ''): FieldError => ({
  field,
  reason: 'FieldValueRequired',
  detail: detail ? `Required value: ${detail}` : 'Required value',
});
const forbidden = (field: string, detail: string): FieldError => ({
  field,
  reason: 'FieldValueForbidden',
  detail: `Forbidden: ${detail}`,
});
const notSupported = (field: string, value: unknown, supported: string[]): FieldError => ({
  field,
  reason: 'FieldValueNotSupported',
  detail: `Unsupported value: ${JSON.stringify(value)}: supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}`,
});

/** Go's %q of a string. */
const q = (s: unknown) => JSON.stringify(String(s));

/** The protobuf String() of a LabelSelector, which field errors print. */
function selectorString(sel: unknown): string {
  const s = isObj(sel) ? sel : {};
  const labels = isObj(s.matchLabels) ? s.matchLabels : {};
  const ml = Object.keys(labels)
    .sort()
    .map((k) => `${k}: ${String(labels[k])},`)
    .join('');
  const exprs = Array.isArray(s.matchExpressions) ? s.matchExpressions : [];
  const me = exprs
    .map(
      (e: Obj) =>
        `&LabelSelectorRequirement{Key:${String(e.key)},Operator:${String(e.operator)},Values:[${((e.values as string[]) ?? []).join(' ')}],},`,
    )
    .join('');
  return `&LabelSelector{MatchLabels:map[string]string{${ml}},MatchExpressions:[]LabelSelectorRequirement{${me}},}`;
}

function goStringMap(m: unknown): string {
  const o = isObj(m) ? m : {};
  return `map[string]string{${Object.keys(o)
    .sort()
    .map((k) => `${q(k)}:${q(o[k])}`)
    .join(', ')}}`;
}

const dns1123Subdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const dns1123Label = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dns1035Label = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

function validateName(groupKind: string, name: string): FieldError[] {
  if (groupKind === '/Namespace') {
    if (!dns1123Label.test(name) || name.length > 63) {
      return [
        invalid(
          'metadata.name',
          q(name),
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
        ),
      ];
    }
    return [];
  }
  if (groupKind === '/Service') {
    if (!dns1035Label.test(name) || name.length > 63) {
      return [
        invalid(
          'metadata.name',
          q(name),
          "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
        ),
      ];
    }
    return [];
  }
  if (groupKind.startsWith('rbac.authorization.k8s.io/')) return [];
  if (!dns1123Subdomain.test(name) || name.length > 253) {
    return [
      invalid(
        'metadata.name',
        q(name),
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ),
    ];
  }
  return [];
}

function validatePodTemplate(spec: Obj, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const podSpec =
    isObj(spec.template) && isObj((spec.template as Obj).spec)
      ? ((spec.template as Obj).spec as Obj)
      : {};
  const containers = podSpec.containers;
  if (!Array.isArray(containers) || containers.length === 0) {
    errs.push(required(`${path}.template.spec.containers`));
  } else {
    containers.forEach((c: Obj, i) => {
      if (!c?.name) errs.push(required(`${path}.template.spec.containers[${i}].name`));
      if (!c?.image) errs.push(required(`${path}.template.spec.containers[${i}].image`));
    });
  }
  return errs;
}

function selectorMatches(selector: unknown, labels: unknown): boolean {
  const ml = isObj(selector) && isObj(selector.matchLabels) ? selector.matchLabels : {};
  const l = isObj(labels) ? labels : {};
  return Object.entries(ml).every(([k, v]) => l[k] === v);
}

function validateWorkload(o: Obj, withSelector: boolean): FieldError[] {
  const spec = isObj(o.spec) ? o.spec : {};
  const errs: FieldError[] = [];
  if (withSelector) {
    const sel = spec.selector;
    if (
      !isObj(sel) ||
      (Object.keys(sel.matchLabels ?? {}).length === 0 && !Array.isArray(sel.matchExpressions))
    ) {
      errs.push(required('spec.selector'));
    } else {
      const labels = ((spec.template as Obj | undefined)?.metadata as Obj | undefined)?.labels;
      if (!selectorMatches(sel, labels)) {
        errs.push(
          invalid(
            'spec.template.metadata.labels',
            goStringMap(labels),
            '`selector` does not match template `labels`',
          ),
        );
      }
    }
  }
  return [...errs, ...validatePodTemplate(spec, 'spec')];
}

/** Errors of a new object of kind `groupKind` (create, and every update too). */
export function validateObject(groupKind: string, o: Obj): FieldError[] {
  const md = (o.metadata ?? {}) as Obj;
  const errs: FieldError[] = [];
  if (!md.name) errs.push(required('metadata.name', 'name or generateName is required'));
  else errs.push(...validateName(groupKind, String(md.name)));
  const spec = isObj(o.spec) ? o.spec : {};
  switch (groupKind) {
    case 'apps/Deployment':
    case 'apps/StatefulSet':
    case 'apps/DaemonSet':
    case 'apps/ReplicaSet':
      errs.push(...validateWorkload(o, true));
      break;
    case 'batch/Job': {
      errs.push(...validateWorkload(o, false));
      const rp = ((spec.template as Obj | undefined)?.spec as Obj | undefined)?.restartPolicy;
      if (rp === undefined)
        errs.push(
          required('spec.template.spec.restartPolicy', 'valid values: "OnFailure", "Never"'),
        );
      else if (rp !== 'OnFailure' && rp !== 'Never') {
        errs.push(notSupported('spec.template.spec.restartPolicy', rp, ['OnFailure', 'Never']));
      }
      break;
    }
    case '/Service':
      if (
        spec.type !== 'ExternalName' &&
        spec.clusterIP !== 'None' &&
        !(Array.isArray(spec.ports) && spec.ports.length > 0)
      ) {
        errs.push(required('spec.ports'));
      }
      break;
    case 'apiextensions.k8s.io/CustomResourceDefinition': {
      const names = (spec.names ?? {}) as Obj;
      const want = `${String(names.plural)}.${String(spec.group)}`;
      if (md.name !== want)
        errs.push(invalid('metadata.name', q(md.name), 'must be spec.names.plural+"."+spec.group'));
      break;
    }
  }
  return errs;
}

/** Errors of changing `old` into `next` (immutability). */
export function validateUpdate(groupKind: string, old: Obj, next: Obj): FieldError[] {
  const os = (isObj(old.spec) ? old.spec : {}) as Obj;
  const ns = (isObj(next.spec) ? next.spec : {}) as Obj;
  const errs: FieldError[] = [];
  const immutable = (field: string, a: unknown, b: unknown, shown: string) => {
    if (!deepEqual(a, b)) errs.push(invalid(field, shown, 'field is immutable'));
  };
  switch (groupKind) {
    case 'apps/Deployment':
    case 'apps/DaemonSet':
    case 'apps/ReplicaSet':
      immutable('spec.selector', ns.selector, os.selector, selectorString(ns.selector));
      break;
    case 'apps/StatefulSet': {
      const mutable = [
        'replicas',
        'ordinals',
        'template',
        'updateStrategy',
        'persistentVolumeClaimRetentionPolicy',
        'minReadySeconds',
      ];
      const strip = (s: Obj) =>
        Object.fromEntries(Object.entries(s).filter(([k]) => !mutable.includes(k)));
      if (!deepEqual(strip(os), strip(ns))) {
        errs.push(
          forbidden(
            'spec',
            "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
          ),
        );
      }
      break;
    }
    case 'batch/Job':
      immutable('spec.selector', ns.selector, os.selector, selectorString(ns.selector));
      if (!deepEqual(ns.template, os.template)) {
        errs.push(invalid('spec.template', 'core.PodTemplateSpec{...}', 'field is immutable'));
      }
      break;
    case '/Service':
      // Since dual-stack (1.20) the primary clusterIP is checked through clusterIPs[0].
      if (os.clusterIP && ns.clusterIP !== os.clusterIP) {
        errs.push(
          invalid(
            'spec.clusterIPs[0]',
            `[]string{${q(ns.clusterIP ?? '')}}`,
            'may not change once set',
          ),
        );
      }
      break;
    case '/ConfigMap':
    case '/Secret':
      if (old.immutable === true) {
        if (!deepEqual(old.data, next.data))
          errs.push(forbidden('data', 'field is immutable when `immutable` is set'));
        if (!deepEqual(old.binaryData, next.binaryData) && groupKind === '/ConfigMap') {
          errs.push(forbidden('binaryData', 'field is immutable when `immutable` is set'));
        }
        if (next.immutable !== true)
          errs.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
      }
      break;
    case '/PersistentVolumeClaim': {
      const strip = (s: Obj) => ({
        ...s,
        volumeAttributesClassName: undefined,
        resources: { ...((s.resources as Obj) ?? {}), requests: undefined },
      });
      if (!deepEqual(strip(os), strip(ns))) {
        errs.push(
          forbidden(
            'spec',
            'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
          ),
        );
      }
      break;
    }
    case 'rbac.authorization.k8s.io/RoleBinding':
    case 'rbac.authorization.k8s.io/ClusterRoleBinding':
      if (!deepEqual(old.roleRef, next.roleRef)) {
        const r = (next.roleRef ?? {}) as Obj;
        errs.push(
          invalid(
            'roleRef',
            `rbac.RoleRef{APIGroup:${q(r.apiGroup)}, Kind:${q(r.kind)}, Name:${q(r.name)}}`,
            'cannot change roleRef',
          ),
        );
      }
      break;
  }
  return errs;
}
