import { UsageError, nearest } from '../util/errors.js';

export type FlagKind = 'string' | 'list' | 'bool';

export interface FlagSpec {
  name: string;
  short?: string;
  kind: FlagKind;
  help: string;
  metavar?: string;
  /** Not read from KLUCTL_<FLAG> variables (kluctl's skipenv: the name is taken by something else). */
  skipEnv?: boolean;
}

export interface ParsedArgs {
  /** string flags: last value wins; list flags: every value; bool flags: true when given. */
  values: Record<string, string | string[] | boolean | undefined>;
  positionals: string[];
}

/** `--fixed-image` → `KLUCTL_FIXED_IMAGE`: kluctl's name for a flag given by environment. */
export const envName = (flag: string) => `KLUCTL_${flag.toUpperCase().replace(/-/g, '_')}`;

/**
 * Values of a flag given by environment, as kluctl reads them: `KLUCTL_<FLAG>` first, then
 * `KLUCTL_<FLAG>_<n>` in the order of n (so a CI pipeline can pass several `-a`).
 */
function envValues(env: Record<string, string | undefined>, flag: string): string[] {
  const base = envName(flag);
  const indexed = Object.keys(env)
    .map((k) => ({ k, m: new RegExp(`^${base}_(\\d+)$`).exec(k) }))
    .filter((e) => e.m)
    .sort((a, b) => Number(a.m![1]) - Number(b.m![1]))
    .map((e) => env[e.k] as string);
  const plain = Object.hasOwn(env, base) && env[base] !== undefined ? [env[base]] : [];
  return [...plain, ...indexed];
}

/**
 * Parses a command line. Flags not given on it are taken from the environment as kluctl
 * does (`KLUCTL_DRY_RUN=true`, `KLUCTL_ARG_0=name=value`); repeatable flags get the
 * environment's values first and the command line's after them.
 */
export function parseArgs(
  argv: readonly string[],
  specs: readonly FlagSpec[],
  env: Record<string, string | undefined> = {},
): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short as string, s]));
  const values: ParsedArgs['values'] = {};
  const positionals: string[] = [];

  const set = (spec: FlagSpec, value: string | undefined, flag: string) => {
    if (spec.kind === 'bool') {
      if (value !== undefined && !['true', 'false'].includes(value)) {
        throw new UsageError(`${flag} takes no value (or =true/=false), got "${value}"`);
      }
      values[spec.name] = value !== 'false';
      return;
    }
    if (value === undefined) throw new UsageError(`${flag} needs a value`);
    if (spec.kind === 'list')
      values[spec.name] = [...((values[spec.name] as string[]) ?? []), value];
    else values[spec.name] = value;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec: FlagSpec | undefined;
    let inline: string | undefined;
    let flag = arg;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
      flag = `--${name}`;
      spec = byName.get(name);
      if (!spec) {
        const guess = nearest(name, [...byName.keys()]);
        throw new UsageError(`unknown flag ${flag}${guess ? ` (did you mean --${guess}?)` : ''}`);
      }
    } else if (arg.startsWith('-') && arg.length > 1) {
      flag = arg.slice(0, 2);
      spec = byShort.get(arg.slice(1, 2));
      if (!spec) throw new UsageError(`unknown flag ${flag}`);
      if (arg.length > 2) inline = arg[2] === '=' ? arg.slice(3) : arg.slice(2);
    } else {
      positionals.push(arg);
      continue;
    }
    if (spec.kind !== 'bool' && inline === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`${flag} needs a value`);
      inline = argv[++i];
    }
    set(spec, inline, flag);
  }
  for (const spec of specs) {
    if (spec.skipEnv) continue;
    const fromEnv = envValues(env, spec.name);
    if (fromEnv.length === 0) continue;
    if (spec.kind === 'list') {
      values[spec.name] = [...fromEnv, ...((values[spec.name] as string[] | undefined) ?? [])];
    } else if (values[spec.name] === undefined) {
      // Booleans as Go's strconv.ParseBool reads them (kluctl's parser).
      const normal = (v: string) =>
        spec.kind !== 'bool'
          ? v
          : /^(1|t|true)$/i.test(v)
            ? 'true'
            : /^(0|f|false)$/i.test(v)
              ? 'false'
              : v;
      for (const v of fromEnv) set(spec, normal(v), envName(spec.name));
    }
  }
  return { values, positionals };
}

export function formatFlags(specs: readonly FlagSpec[]): string {
  const rows = specs.map((s) => {
    const names = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.kind === 'bool' ? '' : ` ${s.metavar ?? 'VALUE'}`}`;
    return [names, s.help + (s.kind === 'list' ? ' (repeatable)' : '')];
  });
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  return rows.map(([a, b]) => `  ${a.padEnd(width)}${b}`).join('\n');
}

export const str = (p: ParsedArgs, name: string) => p.values[name] as string | undefined;
export const list = (p: ParsedArgs, name: string) => (p.values[name] as string[] | undefined) ?? [];
export const bool = (p: ParsedArgs, name: string) => p.values[name] === true;
