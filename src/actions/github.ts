import * as core from '@actions/core';
import type { GitHubClient, RepoRef } from '../github/index.js';
import { parseRepo } from '../github/context.js';
import { redactRunnerSecrets } from './runner-secrets.js';

/**
 * The client for the `github-token` input and the repository the workflow runs in. Octokit
 * is loaded here, on first use, not when an action starts: a diff without a comment never
 * needs it (the actions import the light modules of github/ directly, not its index).
 */
export async function gitHubFromInputs(): Promise<{ gh: GitHubClient; repo: RepoRef }> {
  const { createGitHub } = await import('../github/client.js');
  const gh = createGitHub({ token: core.getInput('github-token'), redact: redactRunnerSecrets });
  return { gh, repo: parseRepo() };
}
