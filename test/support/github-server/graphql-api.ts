/**
 * The GraphQL endpoint: the `createCommitOnBranch` mutation, with GitHub's error shapes
 * (HTTP 200 with `errors` and a `type`, e.g. FORBIDDEN, NOT_FOUND, STALE_DATA).
 */
import type { TreeEdit } from './git.js';
import {
  GraphqlFailure,
  parseOperation,
  project,
  undefinedField,
  type Selection,
} from './graphql.js';
import type { Reply } from './responses.js';
import { githubIdentity, identityOf, type TokenInfo, type World } from './state.js';

interface Request {
  query?: string;
  variables?: Record<string, unknown>;
}

type Resolver = (
  args: Record<string, unknown>,
  ctx: { world: World; user: TokenInfo; web: string },
) => Promise<unknown>;

export async function graphql(
  world: World,
  user: TokenInfo,
  web: string,
  request: Request,
): Promise<Reply> {
  let selections: Selection[];
  let type: 'query' | 'mutation';
  try {
    ({ selections, type } = parseOperation(String(request.query ?? ''), request.variables ?? {}));
  } catch (err) {
    if (err instanceof GraphqlFailure) return { status: 200, body: { errors: [err.error] } };
    throw err;
  }
  const roots: Record<string, Resolver> = type === 'mutation' ? mutations(world) : {};
  const typeName = type === 'mutation' ? 'Mutation' : 'Query';
  // Schema validation comes first and fails the whole document, as on GitHub.
  const unknown = selections.filter((s) => !roots[s.name]);
  if (unknown.length) {
    return {
      status: 200,
      body: { errors: unknown.map((s) => undefinedField(s, typeName, [type, s.name]).error) },
    };
  }
  const data: Record<string, unknown> = {};
  const errors: unknown[] = [];
  for (const sel of selections) {
    try {
      const value = await roots[sel.name](sel.args, { world, user, web });
      data[sel.alias] = project(value, sel.selections, `${capitalise(sel.name)}Payload`, [
        sel.alias,
      ]);
    } catch (err) {
      if (!(err instanceof GraphqlFailure)) throw err;
      data[sel.alias] = null;
      errors.push({
        path: [sel.alias],
        locations: [{ line: sel.line, column: sel.column }],
        ...err.error,
      });
    }
  }
  return { status: 200, body: errors.length ? { data, errors } : { data } };
}

const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);

function mutations(world: World): Record<string, Resolver> {
  return world.createCommitOnBranch ? { createCommitOnBranch } : {};
}

interface CommitInput {
  branch?: { repositoryNameWithOwner?: string; branchName?: string };
  expectedHeadOid?: string;
  message?: { headline?: string; body?: string };
  fileChanges?: {
    additions?: { path: string; contents: string }[];
    deletions?: { path: string }[];
  };
  clientMutationId?: string;
}

const createCommitOnBranch: Resolver = async (args, { world, user, web }) => {
  const input = (args.input ?? {}) as CommitInput;
  for (const field of ['branch', 'expectedHeadOid', 'message'] as const) {
    if (input[field] === undefined || input[field] === null) {
      throw new GraphqlFailure({
        message: `Variable $input of type CreateCommitOnBranchInput! was provided invalid value for ${field} (Expected value to not be null)`,
        extensions: {
          value: input,
          problems: [{ path: [field], explanation: 'Expected value to not be null' }],
        },
      });
    }
  }
  if (user.readOnly)
    throw new GraphqlFailure({
      type: 'FORBIDDEN',
      message: 'Resource not accessible by integration',
    });
  const [owner, name] = String(input.branch!.repositoryNameWithOwner).split('/');
  const repo = world.repo(owner, name ?? '');
  if (!repo) {
    throw new GraphqlFailure({
      type: 'NOT_FOUND',
      message: `Could not resolve to a Repository with the name '${input.branch!.repositoryNameWithOwner}'.`,
    });
  }
  const branch = String(input.branch!.branchName);
  const head = await repo.git.branchHead(branch);
  if (!head) {
    throw new GraphqlFailure({
      type: 'NOT_FOUND',
      message: `Could not resolve to a Ref named 'refs/heads/${branch}'.`,
    });
  }
  if (head !== input.expectedHeadOid) {
    throw new GraphqlFailure({
      type: 'STALE_DATA',
      message: `Expected branch to point to "${input.expectedHeadOid}" but it did not.  Pull and try again.`,
    });
  }
  const tree = new Map((await repo.git.listTree(head, true)).map((e) => [e.path, e]));
  const edits: TreeEdit[] = [];
  for (const { path } of input.fileChanges?.deletions ?? []) {
    if (tree.get(path)?.type !== 'blob') {
      throw new GraphqlFailure({
        type: 'UNPROCESSABLE',
        message: `A path was requested for deletion which does not exist as of commit oid \`${head}\``,
      });
    }
    edits.push({ path, mode: '0', sha: null });
  }
  for (const { path, contents } of input.fileChanges?.additions ?? []) {
    const sha = await repo.git.writeBlob(Buffer.from(contents, 'base64'));
    edits.push({ path, mode: tree.get(path)?.mode ?? '100644', sha });
  }
  const { headline = '', body = '' } = input.message!;
  if (!headline.trim())
    throw new GraphqlFailure({ type: 'UNPROCESSABLE', message: 'A commit headline is required.' });
  const sha = await repo.commit({
    parent: head,
    edits,
    message: body ? `${headline}\n\n${body}` : headline,
    author: identityOf(user),
    committer: githubIdentity(),
    verification: 'valid', // GitHub signs every commit this mutation makes
  });
  if (!(await repo.git.setBranch(branch, sha, head))) {
    throw new GraphqlFailure({
      type: 'STALE_DATA',
      message: `Expected branch to point to "${head}" but it did not.  Pull and try again.`,
    });
  }
  await repo.refsChanged();
  return {
    __typename: 'CreateCommitOnBranchPayload',
    clientMutationId: input.clientMutationId ?? null,
    commit: {
      __typename: 'Commit',
      oid: sha,
      abbreviatedOid: sha.slice(0, 7),
      url: `${web}/${repo.fullName}/commit/${sha}`,
      message: body ? `${headline}\n\n${body}` : headline,
    },
    ref: {
      __typename: 'Ref',
      name: branch,
      prefix: 'refs/heads/',
      target: { __typename: 'Commit', oid: sha },
    },
  };
};
