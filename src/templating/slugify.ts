/**
 * The `slugify` filter with python-slugify's defaults: quotes removed, text transliterated
 * to ASCII, HTML entities decoded, lower-cased, anything but letters, digits and `-` collapsed
 * to single dashes, no leading/trailing dash. Transliteration covers Latin scripts (accents
 * stripped, ß → ss, æ → ae, ...); other scripts are dropped where python-slugify would
 * romanise them (see docs/templating.md).
 */
import { typeError } from './errors.js';
import { unescapeEntities } from './html-entities.js';
import type { Kwargs } from './python/callable.js';
import { num, pyIter, truthy } from './python/values.js';

const LATIN: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  ø: 'o',
  Ø: 'O',
  œ: 'oe',
  Œ: 'OE',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
};

function transliterate(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{ASCII}]/gu, (ch) => LATIN[ch] ?? '');
}

export function slugify(input: string, kw: Kwargs): string {
  const separator = kw.separator === undefined ? '-' : String(kw.separator);
  const lowercase = kw.lowercase === undefined ? true : truthy(kw.lowercase);
  const maxLength = kw.max_length === undefined ? 0 : num(kw.max_length);
  const allowUnicode = kw.allow_unicode !== undefined && truthy(kw.allow_unicode);
  for (const k of Object.keys(kw)) {
    if (
      ![
        'separator',
        'lowercase',
        'max_length',
        'allow_unicode',
        'stopwords',
        'replacements',
        'regex_pattern',
        'word_boundary',
      ].includes(k)
    ) {
      throw typeError(`slugify() got an unexpected keyword argument '${k}'`);
    }
  }
  let text = input;
  for (const pair of kw.replacements === undefined ? [] : pyIter(kw.replacements)) {
    const [from, to] = pyIter(pair) as string[];
    text = text.split(from).join(to);
  }
  text = text.replace(/'+/g, '-');
  text = allowUnicode ? text.normalize('NFKC') : transliterate(text);
  text = unescapeEntities(text);
  text = allowUnicode ? text.normalize('NFKC') : transliterate(text);
  if (lowercase) text = text.toLowerCase();
  text = text.replace(/'+/g, '');
  text = text.replace(/(?<=\d),(?=\d)/g, '');
  const disallowed =
    kw.regex_pattern !== undefined
      ? new RegExp(String(kw.regex_pattern), 'gu')
      : allowUnicode
        ? /[^\p{L}\p{N}-]+/gu
        : /[^-a-zA-Z0-9]+/g;
  text = text.replace(disallowed, '-');
  text = text.replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  const stopwords = kw.stopwords === undefined ? [] : (pyIter(kw.stopwords) as string[]);
  if (stopwords.length) {
    const stop = new Set(stopwords.map((w) => (lowercase ? w.toLowerCase() : w)));
    text = text
      .split('-')
      .filter((w) => !stop.has(w))
      .join('-');
  }
  if (maxLength > 0) {
    text = text.slice(0, maxLength).replace(/^-+|-+$/g, '');
  }
  return separator === '-' ? text : text.split('-').join(separator);
}
