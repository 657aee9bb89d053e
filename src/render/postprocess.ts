import { annotationTrue, annotationsOf, labelsOf, type K8sObject } from '../util/k8s.js';

export interface PostprocessOptions {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Called for each object (and each item of a List) after labels were set. */
  each: (obj: K8sObject) => void;
}

const isList = (o: K8sObject) =>
  typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items);

/**
 * kluctl's post-processing: objects annotated `kluctl.io/ignore` are dropped, then common
 * labels/annotations (including kluctl's own) are set on every object and List item.
 */
export function postprocessObjects(objects: K8sObject[], opts: PostprocessOptions): K8sObject[] {
  const handle = (o: K8sObject) => {
    Object.assign(labelsOf(o), opts.labels);
    Object.assign(annotationsOf(o), opts.annotations);
    opts.each(o);
  };
  const kept = objects.filter((o) => !annotationTrue(o, 'kluctl.io/ignore'));
  for (const o of kept) {
    handle(o);
    if (isList(o)) {
      o.items = (o.items as K8sObject[]).filter((i) => !annotationTrue(i, 'kluctl.io/ignore'));
      (o.items as K8sObject[]).forEach(handle);
    }
  }
  return kept;
}
