/**
 * Field ownership as the API server records it (metadata.managedFields, FieldsV1): paths as
 * 409 conflicts print them, and when an apply would change nothing (so it is not sent).
 * The managedFields below are copied from what kube-apiserver 1.34 answered to these
 * manifests (kluctl's field manager, server-side apply).
 */
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/deploy/duration.js';
import { applyChangesNothing, ownersByField } from '../../src/deploy/managed-fields.js';
import type { K8sObject } from '../../src/util/k8s.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- deep edits of parsed objects */

const manifest = (): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { a: 'b' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          {
            name: 'app',
            image: 'nginx',
            ports: [{ containerPort: 80, protocol: 'TCP' }],
            env: [{ name: 'A', value: '1' }],
          },
        ],
      },
    },
  },
});

const fieldsV1 = {
  'f:metadata': { 'f:labels': { 'f:a': {} } },
  'f:spec': {
    'f:replicas': {},
    'f:selector': {},
    'f:template': {
      'f:metadata': { 'f:labels': { 'f:app': {} } },
      'f:spec': {
        'f:containers': {
          'k:{"name":"app"}': {
            '.': {},
            'f:env': { 'k:{"name":"A"}': { '.': {}, 'f:name': {}, 'f:value': {} } },
            'f:image': {},
            'f:name': {},
            'f:ports': {
              'k:{"containerPort":80,"protocol":"TCP"}': {
                '.': {},
                'f:containerPort': {},
                'f:protocol': {},
              },
            },
          },
        },
      },
    },
  },
};

/** The object as stored: defaults filled in, owned by kluctl. */
function live(
  edit: (o: K8sObject & { spec: any }) => void = () => {},
  fields: object = fieldsV1,
): K8sObject {
  const o = manifest() as K8sObject & { spec: any };
  o.metadata = {
    ...o.metadata,
    uid: 'u',
    resourceVersion: '7',
    managedFields: [
      {
        manager: 'kluctl',
        operation: 'Apply',
        apiVersion: 'apps/v1',
        fieldsType: 'FieldsV1',
        fieldsV1: fields,
      },
    ],
  };
  o.spec.progressDeadlineSeconds = 600;
  o.spec.template.spec.containers[0].imagePullPolicy = 'Always';
  o.spec.template.spec.restartPolicy = 'Always';
  o.status = {};
  edit(o);
  return o;
}

describe('managed fields', () => {
  it('an apply of the same manifest changes nothing, whatever the server defaulted or others added', () => {
    expect(applyChangesNothing(manifest(), live())).toBe(true);
    const withForeignLabel = live((o) => ((o.metadata as any).labels.extra = 'x'));
    expect(applyChangesNothing(manifest(), withForeignLabel)).toBe(true);
  });

  it('a changed value, an added or removed field, another API version or a missing entry counts as a change', () => {
    const m = manifest() as any;
    m.spec.template.spec.containers[0].image = 'nginx:2';
    expect(applyChangesNothing(m, live())).toBe(false);
    const added = manifest() as any;
    added.spec.template.spec.containers[0].env.push({ name: 'B', value: '2' });
    expect(applyChangesNothing(added, live())).toBe(false);
    const removed = manifest() as any;
    delete removed.metadata.labels;
    expect(applyChangesNothing(removed, live())).toBe(false);
    expect(applyChangesNothing({ ...manifest(), apiVersion: 'apps/v1beta2' }, live())).toBe(false);
    expect(
      applyChangesNothing(
        manifest(),
        live((o) => ((o.metadata as any).managedFields = [])),
      ),
    ).toBe(false);
    expect(applyChangesNothing(manifest(), undefined)).toBe(false);
    // Someone else changed a field kluctl applied (and took it over): applying changes it back.
    const edited = live((o) => (o.spec.replicas = 5));
    expect(applyChangesNothing(manifest(), edited)).toBe(false);
    // Being deleted: applying would fail or re-create.
    expect(
      applyChangesNothing(
        manifest(),
        live((o) => ((o.metadata as any).deletionTimestamp = 'now')),
      ),
    ).toBe(false);
  });

  it('resource quantities compare by value: the server stores them in canonical form', () => {
    const fields = structuredClone(fieldsV1) as any;
    fields['f:spec']['f:template']['f:spec']['f:containers']['k:{"name":"app"}']['f:resources'] = {
      'f:requests': { 'f:cpu': {}, 'f:memory': {} },
    };
    const withResources = (cpu: unknown, memory: unknown) => {
      const m = manifest() as any;
      m.spec.template.spec.containers[0].resources = { requests: { cpu, memory } };
      return m;
    };
    const stored = live(
      (o) =>
        (o.spec.template.spec.containers[0].resources = {
          requests: { cpu: '500m', memory: '1Gi' },
        }),
      fields,
    );
    expect(applyChangesNothing(withResources('0.5', '1024Mi'), stored)).toBe(true);
    expect(applyChangesNothing(withResources('500m', '1073741824'), stored)).toBe(true);
    expect(applyChangesNothing(withResources('0.6', '1Gi'), stored)).toBe(false);
    expect(applyChangesNothing(withResources('0.5', '1G'), stored)).toBe(false);
  });

  it('atomic values compare whole: the selector map', () => {
    const m = manifest() as any;
    m.spec.selector.matchLabels.tier = 'x';
    expect(applyChangesNothing(m, live())).toBe(false);
  });

  it('a Secret applied with stringData is unchanged when data holds the same values', () => {
    const secret: K8sObject = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'n' },
      stringData: { pw: 'hunter2' },
    };
    const stored: K8sObject = {
      ...secret,
      stringData: undefined,
      data: { pw: Buffer.from('hunter2').toString('base64') },
      type: 'Opaque',
      metadata: {
        name: 's',
        namespace: 'n',
        managedFields: [
          {
            manager: 'kluctl',
            operation: 'Apply',
            apiVersion: 'v1',
            fieldsType: 'FieldsV1',
            fieldsV1: { 'f:stringData': { 'f:pw': {} } },
          },
        ],
      },
    };
    delete stored.stringData;
    expect(applyChangesNothing(secret, stored)).toBe(true);
    expect(applyChangesNothing({ ...secret, stringData: { pw: 'other' } }, stored)).toBe(false);
  });

  it('names owned fields as 409 conflicts do, with every manager owning them', () => {
    const o = live((x) => {
      (x.metadata as any).managedFields.push({
        manager: 'hpa',
        operation: 'Update',
        apiVersion: 'apps/v1',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:spec': { 'f:replicas': {} } },
      });
    });
    const owners = ownersByField(o);
    expect(owners.get('.spec.replicas')?.managers).toEqual(['kluctl', 'hpa']);
    expect([...owners.keys()]).toContain('.spec.template.spec.containers[name="app"].image');
    expect([...owners.keys()]).toContain(
      '.spec.template.spec.containers[name="app"].ports[containerPort=80,protocol="TCP"]',
    );
  });
});

describe('durations', () => {
  it("reads Go's duration syntax", () => {
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('5')).toBeUndefined();
    expect(parseDuration('five minutes')).toBeUndefined();
  });
});
