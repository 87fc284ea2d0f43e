/**
 * ISO 8601 calendar dates at year, month or day precision ("1950", "2013-12", "2015-12-11"), and
 * intervals of two of them ("1950/1953"). Texts date things loosely, so partial dates are normal.
 */
const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateRange {
  /** First day covered, as "YYYY-MM-DD". */
  start: string;
  /** Last day covered, as "YYYY-MM-DD". */
  end: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partRange(part: string): DateRange | undefined {
  const m = PART.exec(part);
  if (!m) return undefined;
  const year = Number(m[1]);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[2] === undefined) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  return { start: part, end: part };
}

/** The days an ISO date or interval covers, or undefined when it is not a valid one. */
export function parseIsoDate(value: string): DateRange | undefined {
  const parts = value.split('/');
  if (parts.length > 2) return undefined;
  const first = partRange(parts[0] ?? '');
  if (!first) return undefined;
  if (parts.length === 1) return first;
  const second = partRange(parts[1] ?? '');
  if (!second || second.end < first.start) return undefined;
  return { start: first.start, end: second.end };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function formatPart(part: string): string {
  const [y, m, d] = part.split('-');
  if (!m) return y ?? part;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A short human form: "2015-12-11" → "11 Dec 2015", "2013-12" → "Dec 2013", "1950/1953" → "1950–1953". */
export function formatIsoDate(value: string): string {
  return value.split('/').map(formatPart).join('–');
}
