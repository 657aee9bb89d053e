/**
 * Line diff: Myers' O(ND) algorithm in its linear-space form (recursive middle snake),
 * so a large rewritten ConfigMap needs memory proportional to its length, not D².
 * The result is a shortest edit script.
 */

export type EditOp = ' ' | '-' | '+';
export interface Edit {
  op: EditOp;
  line: string;
}

/** A shortest edit script turning `a` into `b`; deletions come before insertions in a block. */
export function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  // Compare small integers instead of strings.
  const ids = new Map<string, number>();
  const id = (s: string) => {
    let v = ids.get(s);
    if (v === undefined) ids.set(s, (v = ids.size));
    return v;
  };
  const x = Int32Array.from(a, id);
  const y = Int32Array.from(b, id);
  const deleted = new Uint8Array(x.length);
  const inserted = new Uint8Array(y.length);

  // A line that occurs on one side only is changed in every shortest script; leaving such
  // lines out before the search keeps rewrites (few common lines) linear instead of O(N·D).
  const inX = new Uint8Array(ids.size);
  const inY = new Uint8Array(ids.size);
  x.forEach((v) => (inX[v] = 1));
  y.forEach((v) => (inY[v] = 1));
  const xs = compact(x, inY, deleted);
  const ys = compact(y, inX, inserted);
  const dx = new Uint8Array(xs.length);
  const dy = new Uint8Array(ys.length);
  compare(
    Int32Array.from(xs, (i) => x[i]),
    Int32Array.from(ys, (j) => y[j]),
    0,
    xs.length,
    0,
    ys.length,
    dx,
    dy,
  );
  xs.forEach((i, c) => (deleted[i] = dx[c]));
  ys.forEach((j, c) => (inserted[j] = dy[c]));

  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && deleted[i]) out.push({ op: '-', line: a[i++] });
    else if (j < b.length && inserted[j]) out.push({ op: '+', line: b[j++] });
    else {
      out.push({ op: ' ', line: a[i] });
      i++;
      j++;
    }
  }
  return out;
}

/** Indexes of the lines of `seq` that occur in the other sequence; marks the others changed. */
function compact(seq: Int32Array, inOther: Uint8Array, changed: Uint8Array): number[] {
  const kept: number[] = [];
  seq.forEach((v, i) => {
    if (inOther[v]) kept.push(i);
    else changed[i] = 1;
  });
  return kept;
}

/** Marks the lines of x[xlo,xhi) deleted and y[ylo,yhi) inserted that a shortest script needs. */
function compare(
  x: Int32Array,
  y: Int32Array,
  xlo: number,
  xhi: number,
  ylo: number,
  yhi: number,
  deleted: Uint8Array,
  inserted: Uint8Array,
): void {
  while (xlo < xhi && ylo < yhi && x[xlo] === y[ylo]) {
    xlo++;
    ylo++;
  }
  while (xlo < xhi && ylo < yhi && x[xhi - 1] === y[yhi - 1]) {
    xhi--;
    yhi--;
  }
  if (xlo === xhi) {
    inserted.fill(1, ylo, yhi);
  } else if (ylo === yhi) {
    deleted.fill(1, xlo, xhi);
  } else {
    const [sx, sy, ex, ey] = middleSnake(x, y, xlo, xhi, ylo, yhi);
    compare(x, y, xlo, sx, ylo, sy, deleted, inserted);
    compare(x, y, ex, xhi, ey, yhi, deleted, inserted);
  }
}

/**
 * Myers' middle snake of x[xlo,xhi) vs y[ylo,yhi): runs the forward and the reverse search
 * until they overlap and returns the snake where they met as [startX, startY, endX, endY]
 * (absolute indexes). The halves before and after it each need about half the edits.
 */
function middleSnake(
  x: Int32Array,
  y: Int32Array,
  xlo: number,
  xhi: number,
  ylo: number,
  yhi: number,
): [number, number, number, number] {
  const n = xhi - xlo;
  const m = yhi - ylo;
  const delta = n - m;
  const odd = (delta & 1) !== 0;
  const max = Math.ceil((n + m) / 2);
  const off = max + 1;
  // vf[k]: furthest x on diagonal k = x - y of a forward path; vr[k]: the same for the
  // reverse search, in reversed coordinates (xr = n - x, yr = m - y, kr = delta - k).
  const vf = new Int32Array(2 * off + 1).fill(-1);
  const vr = new Int32Array(2 * off + 1).fill(-1);
  vf[off + 1] = 0;
  vr[off + 1] = 0;
  // Diagonals whose paths left the grid are not extended again (trimmed from the range).
  let fStart = 0;
  let fEnd = 0;
  let rStart = 0;
  let rEnd = 0;
  for (let d = 0; d <= max; d++) {
    for (let k = -d + fStart; k <= d - fEnd; k += 2) {
      let px =
        k === -d || (k !== d && vf[off + k - 1] < vf[off + k + 1])
          ? vf[off + k + 1]
          : vf[off + k - 1] + 1;
      let py = px - k;
      const sx = px;
      const sy = py;
      while (px < n && py < m && x[xlo + px] === y[ylo + py]) {
        px++;
        py++;
      }
      vf[off + k] = px;
      if (px > n) fEnd += 2;
      else if (py > m) fStart += 2;
      else if (odd) {
        const kr = delta - k;
        if (kr >= -(d - 1) && kr <= d - 1 && vr[off + kr] >= 0 && px >= n - vr[off + kr])
          return [xlo + sx, ylo + sy, xlo + px, ylo + py];
      }
    }
    for (let kr = -d + rStart; kr <= d - rEnd; kr += 2) {
      let px =
        kr === -d || (kr !== d && vr[off + kr - 1] < vr[off + kr + 1])
          ? vr[off + kr + 1]
          : vr[off + kr - 1] + 1;
      let py = px - kr;
      const sx = px;
      const sy = py;
      while (px < n && py < m && x[xhi - 1 - px] === y[yhi - 1 - py]) {
        px++;
        py++;
      }
      vr[off + kr] = px;
      if (px > n) rEnd += 2;
      else if (py > m) rStart += 2;
      else if (!odd) {
        const k = delta - kr;
        if (k >= -d && k <= d && vf[off + k] >= 0 && px >= n - vf[off + k])
          // The reverse snake ran from (n - sx, m - sy) back to (n - px, m - py).
          return [xhi - px, yhi - py, xhi - sx, yhi - sy];
      }
    }
  }
  throw new Error('middle snake not found'); // unreachable: D never exceeds (n + m) / 2
}
