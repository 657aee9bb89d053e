import { IgnoreFiles } from '../util/ignore-file.js';

/**
 * `.templateignore` files (gitignore syntax) beside a file or in any parent directory up to
 * the project root exclude files from templating; matching files are copied unrendered.
 */
export class TemplateIgnore extends IgnoreFiles {
  constructor(root: string) {
    super(root, '.templateignore');
  }
}
