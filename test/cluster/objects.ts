/** Objects the cluster tests apply, and a type for reading what comes back. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import type { K8sObject } from '../../src/util/k8s.js';

/** Parsed JSON in assertions: deep property access, with the expectations doing the checking. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/cluster/${name}`, import.meta.url));

export const deploymentYaml = () => readFileSync(fixture('deployment.yaml'), 'utf8');
export const secretYaml = () => readFileSync(fixture('secret.yaml'), 'utf8');

/** The parts of the fixture Deployment tests edit. */
export type DeploymentFixture = K8sObject & {
  spec: {
    replicas: number;
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string> };
      spec: {
        containers: { name: string; image: string; env?: { name: string; value: string }[] }[];
      };
    };
  };
};

export const deployment = (): DeploymentFixture => parse(deploymentYaml()) as DeploymentFixture;

/** The fixture Deployment with edits, as YAML for kubectl. */
export function deploymentWith(edit: (d: DeploymentFixture) => void): string {
  const d = deployment();
  edit(d);
  return stringify(d);
}

export function configMap(
  name: string,
  namespace: string,
  extra: Partial<K8sObject> = {},
): K8sObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace },
    data: { key: name },
    ...extra,
  };
}

/** A namespaced CRD with a status subresource; the group is unique per run so real clusters stay clean. */
export function widgetCrd(suffix: string): K8sObject & { group: string } {
  const group = `t${suffix}.shipshape.test`;
  return {
    group,
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `widgets.${group}` },
    spec: {
      group,
      scope: 'Namespaced',
      names: { plural: 'widgets', singular: 'widget', kind: 'Widget', listKind: 'WidgetList' },
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          subresources: { status: {} },
          schema: {
            openAPIV3Schema: {
              type: 'object',
              properties: {
                spec: {
                  type: 'object',
                  properties: {
                    size: { type: 'integer' },
                    tags: {
                      type: 'array',
                      items: { type: 'string' },
                      'x-kubernetes-list-type': 'set',
                    },
                  },
                },
                status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
              },
            },
          },
        },
      ],
    },
  };
}

/** The CRD object without the test-only `group` helper field. */
export function crdObject(crd: K8sObject & { group: string }): K8sObject {
  const { group: _g, ...rest } = crd;
  return rest;
}

export const widget = (
  group: string,
  name: string,
  namespace: string,
  spec: Record<string, unknown> = { size: 1 },
): K8sObject => ({
  apiVersion: `${group}/v1`,
  kind: 'Widget',
  metadata: { name, namespace },
  spec,
});
