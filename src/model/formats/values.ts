import { isIsoDate } from '../dates';
import type { AttributeValue } from '../schema';

/** Colours the graph-data schema accepts (`#rgb`…`#rrggbbaa`, `rgb()`, `rgba()`, `hsl()`, `hsla()`). */
const COLOR = /^(#[0-9a-f]{3,8}|(rgb|hsl)a?\([0-9.,%\s]+\))$/i;

export function asColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (COLOR.test(v)) return v;
  // Bare hex ("ff8800"), as some exporters write it.
  if (/^[0-9a-f]{6}$/i.test(v)) return `#${v}`;
  return undefined;
}

/** A finite number from a number or a numeric string ("12.5"), else undefined. */
export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

export function asPositive(value: unknown): number | undefined {
  const n = asNumber(value);
  return n !== undefined && n > 0 ? n : undefined;
}

/**
 * An ISO-like date ("2015", "2015-03", "2015-03-04", "1950/1953"; a date-time keeps its day),
 * else undefined: anything else stays an attribute.
 */
export function asIsoDate(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const v = text.trim();
  if (isIsoDate(v)) return v;
  const day = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}/.exec(v)?.[1];
  return day !== undefined && isIsoDate(day) ? day : undefined;
}

/** A value the model keeps as an attribute: nested data becomes its JSON text. */
export function asAttributeValue(value: unknown): AttributeValue | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return String(value);
  }
}

/** A non-empty text from a string or a number, else undefined (ids, labels). */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  return value.trim() === '' ? undefined : value;
}
