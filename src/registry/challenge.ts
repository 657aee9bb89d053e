/** One challenge of a `WWW-Authenticate` header (RFC 7235): scheme plus parameters. */
export interface AuthChallenge {
  /** Lower-cased: `bearer`, `basic`, … */
  scheme: string;
  /** Parameter names lower-cased; values unquoted. */
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;
const SPACE = /[ \t]*/y;

/**
 * Parses every challenge of a `WWW-Authenticate` value, including several in one header
 * (`Bearer realm="…",service="…", Basic realm="…"`) and quoted values containing commas.
 */
export function parseChallenges(header: string): AuthChallenge[] {
  const out: AuthChallenge[] = [];
  let i = 0;
  const skip = (re: RegExp) => {
    re.lastIndex = i;
    const m = re.exec(header);
    if (m) i += m[0].length;
    return m?.[0];
  };
  const skipSpaceAndCommas = () => {
    while (i < header.length && /[\s,]/.test(header[i])) i++;
  };
  let current: AuthChallenge | undefined;
  while (i < header.length) {
    skipSpaceAndCommas();
    const start = i;
    const token = skip(TOKEN);
    if (!token) {
      i++; // junk: skip a character
      continue;
    }
    skip(SPACE);
    if (header[i] === '=' && current && header[i + 1] !== '=') {
      i++;
      skip(SPACE);
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < header.length && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < header.length) i++;
          value += header[i++];
        }
        i++;
      } else {
        value = skip(TOKEN) ?? '';
      }
      current.params[token.toLowerCase()] = value;
      continue;
    }
    if (current && i > start && header[i] === '=') {
      // token68 (`Negotiate abc==`): not used by registries; keep the raw text.
      while (header[i] === '=') i++;
      continue;
    }
    current = { scheme: token.toLowerCase(), params: {} };
    out.push(current);
  }
  return out;
}
