/**
 * The last line of defence for what an action publishes. The render cannot read the
 * runner's secrets (project/env-access.ts, util/project-boundary.ts), but a comment, a job
 * summary, an output or a pull request must not carry one even if some other path let it
 * through: every text an action hands to GitHub passes this redactor, which knows the
 * values (and their encoded forms) of the job token and of every variable whose name marks
 * a secret.
 */
import { writeJobSummary, type JobSummaryResult } from '../github/summary.js';
import { isSecretName } from '../project/env-access.js';
import { SecretRedactor } from '../util/secret-redactor.js';
import { redactSensitive } from '../util/sensitive.js';

// Shorter values (`true`, `1`) are not secrets worth scrubbing and would mangle ordinary text.
const MIN_SECRET = 8;

let redactor: SecretRedactor | undefined;

function build(env: NodeJS.ProcessEnv): SecretRedactor {
  const r = new SecretRedactor();
  for (const [name, value] of Object.entries(env))
    if (value && value.length >= MIN_SECRET && isSecretName(name)) r.add(value);
  return r;
}

/** Secrets the action itself came to know (a kubeconfig's tokens and keys), redacted like the runner's. */
export function addRunnerSecret(...values: string[]): void {
  redactor ??= build(process.env);
  for (const v of values) if (v && v.length >= MIN_SECRET) redactor.add(v);
}

/** `text` with every runner secret replaced by `***`. */
export function redactRunnerSecrets(text: string): string {
  redactor ??= build(process.env);
  // Only secrets shorter than MIN_SECRET make redact() give up, and none are added.
  // Values learned while rendering (SOPS, cluster Secrets, cloud stores) go too.
  return redactSensitive(redactor.redact(text) ?? text);
}

/** The job summary of an action, redacted (see writeJobSummary). */
export function writeSummary(bodies: readonly string[]): Promise<JobSummaryResult> {
  return writeJobSummary(bodies.map(redactRunnerSecrets));
}
