/** The `loop` variable of a for loop, with Jinja2's members. */
import { typeError } from '../errors.js';
import { PY_CALL, type Kwargs, pyFunction } from '../python/callable.js';
import { Undefined, missing, pyEq } from '../python/values.js';
import type { HasMembers } from './access.js';

export type LoopBody = (items: unknown, depth: number) => string;

const NO_CHANGE = Symbol('none yet');

export class LoopContext implements HasMembers {
  index0 = -1;
  private lastChanged: unknown[] | typeof NO_CHANGE = NO_CHANGE;

  constructor(
    readonly items: readonly unknown[],
    readonly depth0: number,
    /** set for `recursive` loops: `loop(children)` renders the body again one level deeper */
    private readonly recurse?: LoopBody,
  ) {}

  private readonly cycle = pyFunction(
    'cycle',
    [],
    (args: unknown[]) => {
      if (!args.length) throw typeError('no items for cycling given');
      return args[this.index0 % args.length];
    },
    { varargs: true },
  );

  private readonly changed = pyFunction(
    'changed',
    [],
    (args: unknown[]) => {
      if (this.lastChanged !== NO_CHANGE && pyEq(this.lastChanged, args)) return false;
      this.lastChanged = args;
      return true;
    },
    { varargs: true },
  );

  member(name: string): unknown {
    const i = this.index0;
    const len = this.items.length;
    switch (name) {
      case 'index':
        return i + 1;
      case 'index0':
        return i;
      case 'revindex':
        return len - i;
      case 'revindex0':
        return len - i - 1;
      case 'first':
        return i === 0;
      case 'last':
        return i === len - 1;
      case 'length':
        return len;
      case 'depth':
        return this.depth0 + 1;
      case 'depth0':
        return this.depth0;
      case 'previtem':
        return i > 0 ? this.items[i - 1] : new Undefined('there is no previous item');
      case 'nextitem':
        return i < len - 1 ? this.items[i + 1] : new Undefined('there is no next item');
      case 'cycle':
        return this.cycle;
      case 'changed':
        return this.changed;
    }
    return missing(this, name);
  }

  [PY_CALL](args: unknown[], _kwargs: Kwargs | null): unknown {
    if (!this.recurse) {
      throw typeError("The loop must have the 'recursive' marker to be called recursively.");
    }
    return this.recurse(args[0], this.depth0 + 1);
  }

  __str__(): string {
    return `<LoopContext ${this.index0 + 1}/${this.items.length}>`;
  }
}
