/**
 * Where shipshape differs from kluctl 2.22.1, on purpose (KEPT, CORPUS_DIVERGENCES).
 * divergences.test.ts runs exactly
 * these cases and asserts that each still differs (and, for kept ones, that shipshape
 * succeeds); the other oracle files leave them out and assert equality.
 * docs/kluctl-differences.md explains each kind of difference.
 */

/** Kinds of difference (the headings of docs/kluctl-differences.md). */
export const KINDS = {
  'dict-order':
    "variables keep their YAML key order in shipshape; kluctl's pass through Go maps and come out sorted (to_json, to_yaml, items(), keys(), loops)",
  'git-root':
    'kluctl.io/deployment-item-dir (and list-images deploymentDir) is relative to the git repository root in kluctl, to the project directory in shipshape',
  'list-images-fields':
    'list-images: kluctl prints `object` (group, version, kind, name, namespace) on every entry and `namespace: ""` / `container: ""` when empty, and never `latestVersion`',
  'list-images-unresolved':
    'list-images: kluctl 2.22.1 fails on an image without a fixed version; shipshape lists it without resultImage',
  'target-variable':
    'the `target` variable: kluctl has `context` = the cluster context in use ("" with --offline-kubernetes) and `aws: {}`; shipshape has the configured context and no `aws`',
  'no-target':
    'no -t in a project that has targets: kluctl renders the no-name target (project discriminator, arg defaults); shipshape refuses',
  'empty-discriminator':
    'a target with `discriminator: ""`: kluctl falls back to the project discriminator; shipshape sets none',
  'args-file-precedence':
    '--args-from-file wins over -a for the same argument in kluctl; -a wins in shipshape',
  'yaml-1.1':
    'kluctl reads deployment.yaml, vars files and --args-from-file as YAML 1.1 (y/n/yes/no/on/off are booleans, as keys "true"/"false"; 0755 is octal; 1_000 is 1000); shipshape reads YAML 1.2',
  'version-quoting':
    'version.regex()/prefix() put the string in as is in kluctl (regex("^1\\.")); shipshape JSON-escapes it (regex("^1\\\\."))',
  'verbatim-files':
    "a file without '{' is not rendered by kluctl (final newlines and CRLF kept); shipshape renders it, so Jinja2 drops the final newline and turns CRLF into LF",
  'env-list':
    'systemEnvVars with a list (documented): kluctl 2.22.1 fails ("key is not a string"); shipshape supports it',
  'target-path':
    'targetPath on a values/file vars source: kluctl 2.22.1 refuses the unknown field; shipshape implements it (a newer kluctl field)',
  'flow-mapping-key':
    'a value that renders to a YAML mapping used as a key ({{ a }}): kluctl fails ("invalid map key"); shipshape accepts it and stringifies the key',
  'get-image-twice':
    'two get_image calls in one string: kluctl 2.22.1 fails ("illegal base64 data", its placeholder parsing); shipshape resolves both',
  'template-locals':
    "the render filter, get_var and load_template see only the template's global context in kluctl 2.22.1 ({% set %} variables are invisible); shipshape sees them",
  'newer-globals':
    'load_base64 and render() as a global do not exist in kluctl 2.22.1; shipshape has them (newer kluctl)',
  'images-variable':
    'a variable named `images` that is not a fixed-images list: kluctl ignores the entries it cannot use; shipshape fails',
  'jinja2-known':
    'a known difference between shipshape and Jinja2 (test/fixtures/templating/corpus/divergences.yaml); kluctl runs real Jinja2',
} as const;

export type Kind = keyof typeof KINDS;

/**
 * Differential cases (harness ids: `project#case`, `… list-images`) where shipshape differs
 * from kluctl 2.22.1 on purpose: in each, kluctl 2.22.1 fails on something a newer kluctl or
 * its documentation supports, and shipshape renders it. divergences.test.ts asserts that the
 * difference is still there and that shipshape succeeds.
 */
export const KEPT: Record<string, Kind[]> = {
  'oracle/images-twice-in-one-value#default': ['get-image-twice'],
  'oracle/images-twice-in-one-value#default list-images': ['get-image-twice'],
  'oracle/vars-system-env-list#default': ['env-list'],
  'oracle/vars-target-path#default': ['target-path'],
};

export const DIVERGENCES: Record<string, Kind[]> = { ...KEPT };

/** Templating corpus cases (`file/name`) where shipshape's output differs from kluctl's, on purpose. */
export const CORPUS_DIVERGENCES: Record<string, Kind[]> = {
  'kluctl/render-filter': ['template-locals'],
  'kluctl/get-var-set': ['template-locals'],
  'kluctl/load-template-set-visible': ['template-locals'],
  'kluctl/render-global': ['newer-globals'],
  'kluctl/render-loop-set': ['newer-globals'],
  'kluctl/load-base64': ['newer-globals'],
  'kluctl/load-base64-width': ['newer-globals'],
  'manifests/image-tag-parsing': ['images-variable'],
  'divergences/integer-like-keys-order': ['jinja2-known'],
  'divergences/int-dict-keys': ['jinja2-known'],
  'divergences/big-int-arithmetic': ['jinja2-known'],
  'divergences/big-int-literal': ['jinja2-known'],
  'divergences/pprint-wraps-long-values': ['jinja2-known'],
  'divergences/urlize-not-provided': ['jinja2-known'],
  'divergences/escape-returns-plain-string': ['jinja2-known'],
  'divergences/astral-string-ordering': ['jinja2-known'],
};

export const isDivergence = (id: string) => id in DIVERGENCES;
export const isKept = (id: string) => id in KEPT;
export const isCorpusDivergence = (key: string) => key in CORPUS_DIVERGENCES;
