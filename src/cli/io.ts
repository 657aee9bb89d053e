import { createInterface } from 'node:readline/promises';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /**
   * Asks the user a yes/no question (the question goes to stderr); undefined when nobody can
   * answer (stdin is not a terminal), so commands that ask need -y.
   */
  confirm?: (question: string) => Promise<boolean>;
}

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    for (;;) {
      const answer = (await rl.question(`${question} (y/N) `)).trim().toLowerCase();
      if (['y', 'yes'].includes(answer)) return true;
      if (['', 'n', 'no'].includes(answer)) return false;
      process.stderr.write('Please type yes or no and then press enter!\n');
    }
  } finally {
    rl.close();
  }
}

export const processIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  env: process.env,
  cwd: process.cwd(),
  confirm: process.stdin.isTTY ? askOnTerminal : undefined,
});
