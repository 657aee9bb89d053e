/** Which items a command works on: kluctl's -I/-E tags and deployment-dir flags. */
export interface InclusionFlags {
  includeTags?: readonly string[];
  excludeTags?: readonly string[];
  includeDeploymentDirs?: readonly string[];
  excludeDeploymentDirs?: readonly string[];
}

const normDir = (d: string) => d.replace(/^\.\//, '').replace(/\/+$/, '') || '.';

export class Inclusion {
  private readonly includes: Set<string>;
  private readonly excludes: Set<string>;

  constructor(flags: InclusionFlags) {
    this.includes = new Set([
      ...(flags.includeTags ?? []).map((t) => `tag:${t}`),
      ...(flags.includeDeploymentDirs ?? []).map((d) => `dir:${normDir(d)}`),
    ]);
    this.excludes = new Set([
      ...(flags.excludeTags ?? []).map((t) => `tag:${t}`),
      ...(flags.excludeDeploymentDirs ?? []).map((d) => `dir:${normDir(d)}`),
    ]);
  }

  get active(): boolean {
    return this.includes.size > 0 || this.excludes.size > 0;
  }

  /** An exclude match always wins; with includes given, one of them must match. */
  matches(tags: readonly string[], dir: string | undefined): boolean {
    if (!this.active) return true;
    const entries = [...tags.map((t) => `tag:${t}`), ...(dir !== undefined ? [`dir:${dir}`] : [])];
    if (entries.some((e) => this.excludes.has(e))) return false;
    return this.includes.size === 0 || entries.some((e) => this.includes.has(e));
  }
}
