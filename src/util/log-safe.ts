/**
 * Output for stdout and stderr, where GitHub's runner reads every line of a step's output
 * for workflow commands: `::name props::data` at the start of a line (after whitespace) and
 * the older `##[name props]data` anywhere in one; it splits lines at CR as well as LF. A
 * name, path or message from a project or a registry could otherwise add annotations, set
 * outputs, mask the log or switch command processing off.
 *
 * Everything the CLI and the actions write goes through one of these before it is written:
 * logSafe for text (the CLI's stderr and text reports, the actions' log lines), and for
 * the CLI's data formats logSafeJson and logSafeYaml, which keep the data exactly. Text
 * given to core.warning/error/setFailed or core.group is command data, which @actions/core
 * escapes itself (`%`, CR, LF).
 */

import { Document, visit, type ToStringOptions } from 'yaml';
import { plainYaml } from './plain-yaml.js';

// .NET's Char.IsWhiteSpace, which the runner trims with, also counts NEL (U+0085).
const COMMAND_START = /^([\s\u0085]*)::/;

/**
 * A line that cannot be read as a command is kept byte for byte; a line that could is
 * written in the escaped form the runner uses for command data (`%25`, `%0D`, and `%3A` for
 * the colons, `%5B` for the bracket), which stays readable and is no command.
 */
export function logSafe(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      // CRLF is one line break; any other CR would start a line of its own for the runner.
      const crlf = line.endsWith('\r');
      const body = crlf ? line.slice(0, -1) : line;
      if (!COMMAND_START.test(body) && !body.includes('##[') && !body.includes('\r')) return line;
      const escaped = body
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(COMMAND_START, '$1%3A%3A')
        .replace(/##\[/g, '##%5B');
      return crlf ? `${escaped}\r` : escaped;
    })
    .join('\n');
}

/**
 * JSON text with every `##[` written as `##\u005b`: the same data for any JSON reader, and no
 * legacy command for the runner. JSON needs nothing else: no line of it starts with `::`
 * (each starts with a bracket, a brace, a quote or a value), and `##[` can only be inside a
 * string, where the escape means the same character.
 */
export function logSafeJson(json: string): string {
  return json.replace(/##\[/g, '##\\u005b');
}

// A string that, printed in block or plain style or folded at a space, could put a command
// at the start of a line.
const RISKY_STRING = /(?:^|[\s\u0085])::|##\[|\r/;

/**
 * `value` as YAML that any YAML reader reads as the same data, with no workflow command in
 * it: a string that could print a line starting with `::` (or holding `##[` or a CR) is
 * written double-quoted on one line (line breaks as `\n`), with `[` escaped as `\x5B` after
 * `##`. Without such a string the YAML is what `yaml` prints anyway.
 */
export function logSafeYaml(value: unknown, options: ToStringOptions = {}): string {
  // The common case printed directly (a plain string never holds `::`, `##[` or a CR).
  if (options.lineWidth === 0 && Object.keys(options).length === 1) {
    const plain = plainYaml(value);
    if (plain !== undefined) return plain;
  }
  // No anchors and aliases: a reader of our output should not need to resolve them.
  const doc = new Document(value, { aliasDuplicateObjects: false });
  let risky = false;
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && RISKY_STRING.test(node.value)) {
        node.type = 'QUOTE_DOUBLE';
        risky = true;
      }
    },
  });
  // Unfolded and with JSON's escapes, so a quoted string stays on its one line; only then
  // is every `##[` inside one.
  const text = doc.toString(
    risky ? { ...options, lineWidth: 0, doubleQuotedAsJSON: true } : options,
  );
  return risky ? text.replace(/##\[/g, '##\\x5B') : text;
}
