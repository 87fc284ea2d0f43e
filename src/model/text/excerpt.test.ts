import { describe, expect, it } from 'vitest';
import { excerptAround } from './excerpt';

const TEXT =
  'Talks began in Kaesong. U.S. Secretary of State John Kerry will visit Seoul on Thursday, officials said. ' +
  '“Above all, we must ease the acute military tensions,” he said.\nNext paragraph here.';

describe('excerptAround', () => {
  it('extends a span to its sentence, not stopping at abbreviations like "U.S."', () => {
    const start = TEXT.indexOf('John Kerry');
    const ex = excerptAround(TEXT, start, start + 'John Kerry'.length);
    expect(ex.before).toBe('U.S. Secretary of State ');
    expect(ex.match).toBe('John Kerry');
    expect(ex.after).toBe(' will visit Seoul on Thursday, officials said.');
  });

  it('keeps closing quotes with the sentence and stops at a paragraph break', () => {
    const start = TEXT.indexOf('we must');
    const ex = excerptAround(TEXT, start, start + 7);
    expect(ex.before).toBe('“Above all, ');
    expect(ex.after).toBe(' ease the acute military tensions,” he said.');
  });

  it('clips very long context at word boundaries', () => {
    const long = `${'word '.repeat(200)}target${' more'.repeat(200)}.`;
    const start = long.indexOf('target');
    const ex = excerptAround(long, start, start + 6, 50);
    expect(ex.clippedStart && ex.clippedEnd).toBe(true);
    expect(ex.before.length).toBeLessThanOrEqual(50);
    expect(ex.before.startsWith('word')).toBe(true);
    expect(ex.after.length).toBeLessThanOrEqual(50);
  });
});
