/**
 * Readiness per kind, as kluctl defines it, on objects shaped as the API server returns them
 * (status written by their controllers).
 */
import { describe, expect, it } from 'vitest';
import { readinessOf } from '../../src/deploy/readiness.js';
import type { K8sObject } from '../../src/util/k8s.js';

const obj = (
  apiVersion: string,
  kind: string,
  rest: Record<string, unknown> = {},
  annotations?: Record<string, string>,
): K8sObject => ({
  apiVersion,
  kind,
  metadata: {
    name: 'x',
    namespace: 'ns',
    generation: 1,
    creationTimestamp: new Date().toISOString(),
    ...(annotations ? { annotations } : {}),
  },
  ...rest,
});
const ready = (o: K8sObject, statusRequired = true) => readinessOf(o, { statusRequired });

describe('readiness', () => {
  it('Deployment: ready replicas must reach replicas; status must be for the current generation', () => {
    const d = (status: object, replicas = 2) =>
      obj('apps/v1', 'Deployment', { spec: { replicas }, status });
    expect(ready(d({})).notReady).toEqual(['readyReplicas field not in status or empty']);
    expect(ready(d({ readyReplicas: 1, replicas: 2 })).notReady).toEqual([
      'readyReplicas (1) is less than replicas (2)',
    ]);
    expect(ready(d({ readyReplicas: 2, replicas: 2 })).ready).toBe(true);
    expect(ready(d({ readyReplicas: 2, replicas: 2, observedGeneration: 0 })).notReady[0]).toMatch(
      /observedGeneration is behind/,
    );
    expect(ready(d({}, 0)).ready).toBe(true);
  });

  it('StatefulSet and DaemonSet with rolling updates', () => {
    const sts = (status: object) =>
      obj('apps/v1', 'StatefulSet', {
        spec: {
          replicas: 3,
          updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } },
        },
        status,
      });
    expect(ready(sts({ updatedReplicas: 1, readyReplicas: 3 })).notReady).toEqual([
      '1 out of 2 expected pods have been updated',
    ]);
    expect(ready(sts({ updatedReplicas: 2, readyReplicas: 2 })).notReady).toEqual([
      '2 out of 3 expected pods are ready',
    ]);
    expect(ready(sts({ updatedReplicas: 2, readyReplicas: 3 })).ready).toBe(true);
    const ds = (status: object) =>
      obj('apps/v1', 'DaemonSet', {
        spec: { updateStrategy: { type: 'RollingUpdate', maxUnavailable: '50%' } },
        status,
      });
    expect(
      ready(ds({ updatedNumberScheduled: 3, desiredNumberScheduled: 4, numberReady: 4 })).ready,
    ).toBe(false);
    expect(
      ready(ds({ updatedNumberScheduled: 4, desiredNumberScheduled: 4, numberReady: 1 })).notReady,
    ).toEqual(['1 out of 2 expected pods are ready']);
    expect(
      ready(ds({ updatedNumberScheduled: 4, desiredNumberScheduled: 4, numberReady: 2 })).ready,
    ).toBe(true);
  });

  it('Job: complete is ready, failed is an error (waiting will not help)', () => {
    const job = (conditions: object[]) => obj('batch/v1', 'Job', { status: { conditions } });
    expect(ready(job([])).notReady).toEqual(['not completed']);
    expect(ready(job([{ type: 'Complete', status: 'True' }])).ready).toBe(true);
    const failed = ready(
      job([{ type: 'Failed', status: 'True', message: 'BackoffLimitExceeded' }]),
    );
    expect(failed).toMatchObject({ ready: false, errors: ['BackoffLimitExceeded'] });
  });

  it('Pod: a completed pod is ready, a running one is not, a container that exited with an error is an error', () => {
    const pod = (status: object) => obj('v1', 'Pod', { status });
    expect(
      ready(pod({ conditions: [{ type: 'Ready', status: 'False', reason: 'PodCompleted' }] }))
        .ready,
    ).toBe(true);
    expect(ready(pod({ conditions: [{ type: 'Ready', status: 'True' }] })).ready).toBe(false);
    const crashed = ready(
      pod({
        containerStatuses: [{ name: 'app', state: { terminated: { reason: 'Error' } } }],
        conditions: [],
      }),
    );
    expect(crashed.errors).toEqual(['container app exited with error']);
  });

  it('PVC, Services, CRDs, APIServices', () => {
    expect(
      ready(obj('v1', 'PersistentVolumeClaim', { status: { phase: 'Pending' } })).notReady,
    ).toEqual(['volume is not bound']);
    expect(ready(obj('v1', 'PersistentVolumeClaim', { status: { phase: 'Bound' } })).ready).toBe(
      true,
    );
    const svc = (spec: object, status: object = { loadBalancer: {} }) =>
      obj('v1', 'Service', { spec, status });
    expect(ready(svc({ type: 'ClusterIP', clusterIP: '10.0.0.1' })).ready).toBe(true);
    expect(ready(svc({ type: 'LoadBalancer', clusterIP: '10.0.0.1' })).notReady).toEqual([
      'the load balancer has no ingress yet',
    ]);
    expect(
      ready(
        svc(
          { type: 'LoadBalancer', clusterIP: '10.0.0.1' },
          { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } },
        ),
      ).ready,
    ).toBe(true);
    expect(ready(svc({ type: 'ExternalName' })).ready).toBe(true);
    const crd = (conditions: object[]) =>
      obj('apiextensions.k8s.io/v1', 'CustomResourceDefinition', { status: { conditions } });
    expect(ready(crd([{ type: 'Established', status: 'True' }])).ready).toBe(true);
    expect(ready(crd([{ type: 'NamesAccepted', status: 'True' }])).notReady).toEqual([
      'the CRD is not established yet',
    ]);
    const api = (conditions: object[]) =>
      obj('apiregistration.k8s.io/v1', 'APIService', { status: { conditions } });
    expect(
      ready(api([{ type: 'Available', status: 'False', message: 'service not found' }])).notReady,
    ).toEqual(['service not found']);
    expect(ready(api([{ type: 'Available', status: 'True' }])).ready).toBe(true);
  });

  it('other kinds: a Ready condition decides where there is one; no status where none is expected is ready', () => {
    const cr = (status?: object, created = new Date().toISOString()) => {
      const o = obj('example.com/v1', 'Widget', status ? { status } : {});
      (o.metadata as Record<string, unknown>).creationTimestamp = created;
      return o;
    };
    expect(
      ready(cr({ conditions: [{ type: 'Ready', status: 'False', message: 'reconciling' }] }))
        .notReady,
    ).toEqual(['reconciling']);
    expect(ready(cr({ conditions: [{ type: 'Ready', status: 'True' }] })).ready).toBe(true);
    expect(ready(cr({ phase: 'whatever' })).ready).toBe(true);
    expect(ready(cr()).notReady).toEqual(['no status available yet']);
    // kluctl's allowance for operators that declare a status but never write one.
    expect(ready(cr(undefined, new Date(Date.now() - 60_000).toISOString())).ready).toBe(true);
    expect(ready(obj('v1', 'ConfigMap'), false).ready).toBe(true);
  });

  it('kluctl.io/is-ready overrides, kluctl.io/validate-ignore skips, validate-result annotations are collected', () => {
    const d = obj(
      'apps/v1',
      'Deployment',
      { spec: { replicas: 1 }, status: {} },
      { 'kluctl.io/is-ready': 'true' },
    );
    expect(ready(d).ready).toBe(true);
    const never = obj('v1', 'ConfigMap', {}, { 'kluctl.io/is-ready': 'false' });
    expect(ready(never, false).notReady).toEqual(['kluctl.io/is-ready annotation is set to false']);
    const ignored = obj(
      'apps/v1',
      'Deployment',
      { spec: { replicas: 1 }, status: {} },
      { 'kluctl.io/validate-ignore': 'true' },
    );
    expect(ready(ignored).ready).toBe(true);
    const annotated = obj(
      'v1',
      'ConfigMap',
      {},
      { 'validate-result.kluctl.io/a': 'one', 'validate-result.kluctl.io/b': 'two', other: 'x' },
    );
    expect(ready(annotated, false).results).toEqual([
      { annotation: 'validate-result.kluctl.io/a', message: 'one' },
      { annotation: 'validate-result.kluctl.io/b', message: 'two' },
    ]);
  });
});
