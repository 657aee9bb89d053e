/** Errors and warnings of a command, each about one object (or none), without duplicates. */
import { refKey, refString, type ObjectRef } from '../util/k8s.js';

export interface Message {
  /** The object, when the message is about one. */
  ref?: ObjectRef;
  /** The deployment item directory, when known. */
  item?: string;
  message: string;
}

export class Messages {
  readonly errors: Message[] = [];
  readonly warnings: Message[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly log: (line: string) => void = () => {}) {}

  private push(
    list: Message[],
    kind: string,
    ref: ObjectRef | undefined,
    message: string,
    item?: string,
  ): void {
    const key = `${kind}\u0000${ref ? refKey(ref) : ''}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    list.push({ ...(ref ? { ref } : {}), ...(item !== undefined ? { item } : {}), message });
    this.log(`${kind}: ${ref ? `${refString(ref)}: ` : ''}${message}`);
  }

  error(ref: ObjectRef | undefined, message: string, item?: string): void {
    this.push(this.errors, 'error', ref, message, item);
  }

  warning(ref: ObjectRef | undefined, message: string, item?: string): void {
    this.push(this.warnings, 'warning', ref, message, item);
  }

  hasError(ref: ObjectRef): boolean {
    const k = refKey(ref);
    return this.errors.some((e) => e.ref && refKey(e.ref) === k);
  }
}
