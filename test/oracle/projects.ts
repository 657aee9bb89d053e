/**
 * Every project the oracle runs: the kluctl projects among the repository's fixtures, the
 * bundled example (every target), the kluctl examples test/render/examples.test.ts renders
 * (same targets and flags), and the small projects under test/fixtures/oracle/.
 */
import path from 'node:path';
import { loadOracleProjects, REPO, type OracleProject } from './harness.js';

const fixture = (rel: string) => path.join(REPO, 'test/fixtures', rel);
const kluctlExample = (rel: string) => fixture(`examples/kluctl-examples/${rel}`);

/** Projects already in the repository (fixtures and examples). */
export const repoProjects: OracleProject[] = [
  {
    id: 'examples/shop',
    description: 'the bundled example, every target',
    source: path.join(REPO, 'examples/shop'),
    cases: [{ target: 'dev' }, { target: 'staging' }, { target: 'prod' }],
  },
  {
    id: 'examples/shop+fixed-images-file',
    description: 'the bundled example with its fixed-images file (as the README runs it)',
    source: path.join(REPO, 'examples/shop'),
    cases: ['dev', 'staging', 'prod'].map((t) => ({
      target: t,
      fixedImagesFiles: ['fixed-images.yaml'],
    })),
  },
  {
    id: 'kluctl-examples/simple',
    description: 'kluctl-examples simple: one namespace per target',
    source: kluctlExample('simple'),
    cases: [{ target: 'simple' }, { target: 'another' }],
  },
  {
    id: 'kluctl-examples/microservices-demo/1-basic-project',
    description: 'kluctl-examples microservices-demo 1: twelve plain kustomize services',
    source: kluctlExample('microservices-demo/1-basic-project'),
    cases: [{ target: 'local' }],
  },
  {
    id: 'kluctl-examples/microservices-demo/3-templating-and-multi-env',
    description:
      'kluctl-examples microservices-demo 3: vars per environment, barrier (Helm item excluded)',
    source: kluctlExample('microservices-demo/3-templating-and-multi-env'),
    cases: [
      { target: 'local', excludeTags: ['redis'] },
      { target: 'prod', excludeTags: ['redis'] },
    ],
  },
  {
    id: 'kluctl-examples/gitops-deployment',
    description:
      'kluctl-examples gitops-deployment: include chosen by an argument, slugify in the discriminator',
    source: kluctlExample('gitops-deployment'),
    cases: [{ target: 'gitops', args: ['cluster_name=test.example.com'] }],
  },
  {
    id: 'actions/diff/base',
    description: "the diff action's fixture, main branch",
    source: fixture('actions/diff/base'),
    projectDir: 'deploy',
    cases: ['prod', 'staging'].map((t) => ({
      target: t,
      fixedImagesFiles: ['deploy/images.yaml'],
    })),
  },
  {
    id: 'actions/diff/head',
    description: "the diff action's fixture, the pull request's head",
    source: fixture('actions/diff/base'),
    overlays: [fixture('actions/diff/head')],
    remove: ['deploy/web/legacy.yaml'],
    projectDir: 'deploy',
    cases: ['prod', 'staging'].map((t) => ({
      target: t,
      fixedImagesFiles: ['deploy/images.yaml'],
    })),
  },
  {
    id: 'actions/image-bump/repo',
    description: "the image-bump action's fixture repository",
    source: fixture('actions/image-bump/repo'),
    projectDir: 'deploy',
    cases: [{ target: 'prod', fixedImagesFiles: ['deploy/images.yaml'] }],
  },
  {
    id: 'diff/project',
    description: 'the diff fixture project (arg default, commonLabels from a target arg)',
    source: fixture('diff/project'),
    cases: [{ target: 'prod' }, { target: 'staging' }],
  },
  {
    id: 'diff/head',
    description: 'the diff fixture project with its head overlay',
    source: fixture('diff/project'),
    overlays: [fixture('diff/head')],
    cases: [{ target: 'prod' }, { target: 'staging' }, { target: 'dev' }],
  },
  {
    id: 'diff/subdir',
    description: 'a project in deploy/ without targets, fixed images from a file',
    source: fixture('diff/subdir'),
    projectDir: 'deploy',
    cases: [{ fixedImagesFiles: ['deploy/images.yaml'] }],
  },
  {
    id: 'diff/subdir-head',
    description: 'the same project with its head overlay (a newer image)',
    source: fixture('diff/subdir'),
    overlays: [fixture('diff/subdir-head')],
    projectDir: 'deploy',
    cases: [{ fixedImagesFiles: ['deploy/images.yaml'] }],
  },
];

/**
 * The same fixtures the way the actions and the README meet them: inside a git repository,
 * with the project in a subdirectory (kluctl resolves item paths against the git root).
 */
export const repoProjectsInGit: OracleProject[] = [
  {
    id: 'examples/shop (git)',
    description:
      'the bundled example where the README renders it: examples/shop inside a git repository',
    source: path.join(REPO, 'examples/shop'),
    placeAt: 'examples/shop',
    projectDir: 'examples/shop',
    git: true,
    cases: [{ target: 'dev' }],
  },
  ...repoProjects
    .filter((p) => p.id.startsWith('actions/') || p.id.startsWith('diff/subdir'))
    .map((p) => ({
      ...p,
      id: `${p.id} (git)`,
      description: `${p.description}, in a git repository`,
      git: true,
    })),
];

export const oracleProjects: OracleProject[] = loadOracleProjects();
