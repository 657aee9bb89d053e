import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes a docker config directory (for DOCKER_CONFIG) and, optionally, a
 * `docker-credential-<name>` helper script answering from a fixed table, so tests go
 * through the real helper protocol (server URL on stdin, JSON on stdout).
 */
export function writeDockerConfig(
  dir: string,
  config: Record<string, unknown>,
  helpers: Record<string, Record<string, { Username: string; Secret: string }>> = {},
): { configDir: string; binDir: string } {
  const configDir = path.join(dir, 'docker');
  const binDir = path.join(dir, 'bin');
  mkdirSync(configDir, { recursive: true });
  mkdirSync(binDir, { recursive: true });
  writeFileSync(path.join(configDir, 'config.json'), JSON.stringify(config));
  for (const [name, table] of Object.entries(helpers)) {
    const file = path.join(binDir, `docker-credential-${name}`);
    const cases = Object.entries(table)
      .map(
        ([server, v]) =>
          `  ${JSON.stringify(server)}) echo '${JSON.stringify({ ServerURL: server, ...v })}' ;;`,
      )
      .join('\n');
    writeFileSync(
      file,
      `#!/bin/sh\n[ "$1" = get ] || exit 2\nread -r server\ncase "$server" in\n${cases}\n  *) echo "credentials not found in native keychain"; exit 1 ;;\nesac\n`,
    );
    chmodSync(file, 0o755);
  }
  return { configDir, binDir };
}
