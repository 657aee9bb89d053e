import { describe, expect, it } from 'vitest';
import { droppedHookNote, helmHookMapping } from '../../src/helm/hooks.js';

const obj = (annotations: Record<string, string>) => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name: 'j', annotations },
});

describe("Helm hooks as kluctl hooks (kluctl's mapping)", () => {
  it.each([
    ['pre-install', ['pre-deploy-initial']],
    ['post-install', ['post-deploy-initial']],
    ['pre-upgrade', ['pre-deploy-upgrade']],
    ['post-upgrade', ['post-deploy-upgrade']],
    ['pre-install,pre-upgrade', ['pre-deploy-initial', 'pre-deploy-upgrade']],
  ])('%s becomes %j', (hook, hooks) => {
    expect(helmHookMapping(obj({ 'helm.sh/hook': hook }))?.hooks).toEqual(hooks);
  });

  it('does not run delete, rollback and test hooks, with a note', () => {
    expect(
      helmHookMapping(obj({ 'helm.sh/hook': 'pre-delete, post-rollback,test' })),
    ).toMatchObject({
      hooks: [],
      dropped: ['pre-delete', 'post-rollback', 'test'],
    });
    expect(droppedHookNote(obj({ 'helm.sh/hook': 'pre-install,pre-rollback' }), 'Job j')).toBe(
      'Job j: Helm hook pre-rollback has no kluctl equivalent and is not run; it runs as pre-deploy-initial',
    );
    expect(droppedHookNote(obj({ 'helm.sh/hook': 'pre-instal' }), 'Job j')).toBe(
      'Job j: unknown Helm hook pre-instal is ignored',
    );
    expect(droppedHookNote(obj({ 'helm.sh/hook': 'post-upgrade' }), 'Job j')).toBeUndefined();
  });

  it('takes weight and delete policy from Helm, with kluctl defaults', () => {
    expect(
      helmHookMapping(
        obj({
          'helm.sh/hook': 'pre-install',
          'helm.sh/hook-weight': '-5',
          'helm.sh/hook-delete-policy': 'hook-succeeded',
        }),
      ),
    ).toMatchObject({
      weight: -5,
      deletePolicies: ['hook-succeeded'],
    });
    expect(helmHookMapping(obj({ 'helm.sh/hook': 'pre-install' }))).toMatchObject({
      weight: 0,
      deletePolicies: ['before-hook-creation'],
    });
    expect(helmHookMapping(obj({}))).toBeUndefined();
  });
});
