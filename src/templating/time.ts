/**
 * kluctl's `time` global: `time.now()`, `time.utcnow()`, `time.parse_iso(s)` and the
 * `time.second`/`minute`/`hour` deltas (in microseconds). Values print as Python's
 * `datetime.isoformat()`; naive times carry no offset, `as_timezone()` makes them aware.
 */
import { typeError, valueError } from './errors.js';
import { pyFunction } from './python/callable.js';
import { isNumeric, missing, newDict, num } from './python/values.js';
import type { HasMembers } from './runtime/access.js';
import { readVolatile } from './reads.js';

const MICROS_PER_MS = 1000;

/** Wall-clock fields of an instant in a time zone (or the machine's local zone). */
function wallClock(epochMs: number, timeZone?: string): { wallMs: number; offsetMin: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const wallMs =
    Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) +
    (((epochMs % 1000) + 1000) % 1000);
  return { wallMs, offsetMin: Math.round((wallMs - epochMs) / 60000) };
}

export class SimpleTime implements HasMembers {
  /**
   * @param wallMicros the wall-clock time as microseconds since 1970 (read as if it were UTC)
   * @param offsetMin the UTC offset for aware times, null for naive ones
   */
  constructor(
    readonly wallMicros: number,
    readonly offsetMin: number | null,
  ) {}

  static now(): SimpleTime {
    const now = Date.now();
    return new SimpleTime(wallClock(now).wallMs * MICROS_PER_MS, null);
  }

  static utcnow(): SimpleTime {
    return new SimpleTime(Date.now() * MICROS_PER_MS, null);
  }

  /** Python's datetime.fromisoformat. */
  static parseIso(s: unknown): SimpleTime {
    if (typeof s !== 'string') throw typeError('fromisoformat: argument must be str');
    const m =
      /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?$/.exec(
        s,
      );
    if (!m) throw valueError(`Invalid isoformat string: '${s}'`);
    const [, y, mo, d, h = '0', mi = '0', sec = '0', frac = '', tz] = m;
    const wallMs = Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h),
      Number(mi),
      Number(sec),
    );
    const micros = wallMs * MICROS_PER_MS + Number(frac.padEnd(6, '0') || 0);
    let offset: number | null = null;
    if (tz === 'Z') offset = 0;
    else if (tz) {
      const digits = tz.slice(1).replace(/:/g, '');
      offset =
        (tz[0] === '-' ? -1 : 1) *
        (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
    }
    return new SimpleTime(micros, offset);
  }

  /** The instant in UTC microseconds; naive times are taken as local time, as Python does. */
  private utcMicros(): number {
    if (this.offsetMin !== null) return this.wallMicros - this.offsetMin * 60_000_000;
    const approx = this.wallMicros / MICROS_PER_MS;
    const { offsetMin } = wallClock(approx);
    return this.wallMicros - offsetMin * 60_000_000;
  }

  private fields(): Date {
    return new Date(Math.floor(this.wallMicros / MICROS_PER_MS));
  }

  member(name: string): unknown {
    const f = this.fields();
    switch (name) {
      case 'as_timezone':
        return pyFunction('as_timezone', ['tz'], (tz: unknown) => {
          const utc = this.utcMicros();
          const { wallMs, offsetMin } = wallClock(Math.floor(utc / MICROS_PER_MS), String(tz));
          return new SimpleTime(wallMs * MICROS_PER_MS + (utc % MICROS_PER_MS), offsetMin);
        });
      case 'weekday':
        return pyFunction('weekday', [], () => (f.getUTCDay() + 6) % 7);
      case 'hour':
        return pyFunction('hour', [], () => f.getUTCHours());
      case 'minute':
        return pyFunction('minute', [], () => f.getUTCMinutes());
      case 'second':
        return pyFunction('second', [], () => f.getUTCSeconds());
      case 'nanosecond':
        return pyFunction(
          'nanosecond',
          [],
          () => (((this.wallMicros % 1_000_000) + 1_000_000) % 1_000_000) * 1000,
        );
    }
    return missing(this, name);
  }

  __add__(delta: unknown): SimpleTime {
    if (!isNumeric(delta)) throw typeError('a time delta (in microseconds) is required');
    return new SimpleTime(this.wallMicros + num(delta), this.offsetMin);
  }

  __sub__(delta: unknown): SimpleTime {
    return this.__add__(-num(delta));
  }

  __lt__(other: unknown): boolean {
    if (!(other instanceof SimpleTime)) throw valueError('value is not a SimpleTime');
    return this.compareKey() < other.compareKey();
  }

  __eq__(other: unknown): boolean {
    if (!(other instanceof SimpleTime)) throw valueError('value is not a SimpleTime');
    return this.compareKey() === other.compareKey();
  }

  private compareKey(): number {
    return this.offsetMin === null ? this.wallMicros : this.utcMicros();
  }

  /** datetime.isoformat() */
  __str__(): string {
    const f = this.fields();
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    let s = `${p(f.getUTCFullYear(), 4)}-${p(f.getUTCMonth() + 1)}-${p(f.getUTCDate())}T${p(f.getUTCHours())}:${p(f.getUTCMinutes())}:${p(f.getUTCSeconds())}`;
    const micros = ((this.wallMicros % 1_000_000) + 1_000_000) % 1_000_000;
    if (micros) s += `.${p(micros, 6)}`;
    if (this.offsetMin !== null) {
      const o = Math.abs(this.offsetMin);
      s += `${this.offsetMin < 0 ? '-' : '+'}${p(Math.floor(o / 60))}:${p(o % 60)}`;
    }
    return s;
  }
}

export function timeGlobal(): Record<string, unknown> {
  return Object.assign(newDict(), {
    now: pyFunction('now', [], () => {
      readVolatile('time.now');
      return SimpleTime.now();
    }),
    utcnow: pyFunction('utcnow', [], () => {
      readVolatile('time.utcnow');
      return SimpleTime.utcnow();
    }),
    parse_iso: pyFunction('parse_iso', ['s'], (s: unknown) => SimpleTime.parseIso(s)),
    second: 1_000_000,
    minute: 60_000_000,
    hour: 3_600_000_000,
  });
}
