/**
 * The render command's stdout, written item by item as the render hands items over
 * (renderProject's sink), so memory does not grow with the project: `--print-all` as
 * multi-document YAML, `-o json` as one JSON document, byte for byte what
 * `JSON.stringify(result, null, 2)` of the whole result would print.
 *
 * When the render fails half-way, what was written stays written: the exit code says the
 * output is incomplete, and the JSON document is left unclosed so no reader takes it whole.
 */
import type { RenderSink } from '../render/index.js';
import type { RenderResult } from '../render/types.js';
import type { SeenImage } from '../images/types.js';
import { logSafeJson, logSafeYaml } from '../util/log-safe.js';

export interface RenderPrinter extends RenderSink {
  /** After the last item: what only the whole render knows. */
  end(images: SeenImage[]): void;
}

export function yamlPrinter(write: (text: string) => void): RenderPrinter {
  return {
    start() {},
    item(item) {
      const docs = item.objects.map((o) => `---\n${logSafeYaml(o, { lineWidth: 0 })}`);
      if (docs.length) write(docs.join(''));
    },
    end() {},
  };
}

/** `text` (JSON over several lines) indented to sit `depth` levels deep. */
const indent = (text: string, depth: number) => text.replace(/\n/g, `\n${'  '.repeat(depth)}`);

export function jsonPrinter(write: (text: string) => void): RenderPrinter {
  let items = 0;
  return {
    start(target: RenderResult['target']) {
      const head =
        target === undefined ? '' : `\n  "target": ${indent(JSON.stringify(target, null, 2), 1)},`;
      write(logSafeJson(`{${head}\n  "items": [`));
    },
    item(item) {
      const sep = items++ === 0 ? '' : ',';
      write(logSafeJson(`${sep}\n    ${indent(JSON.stringify(item, null, 2), 2)}`));
    },
    end(images) {
      const list = images.map(({ fixedImage: _, ...i }) => i);
      const close = items === 0 ? ']' : '\n  ]';
      write(logSafeJson(`${close},\n  "images": ${indent(JSON.stringify(list, null, 2), 1)}\n}\n`));
    },
  };
}
