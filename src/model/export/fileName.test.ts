import { describe, expect, it } from 'vitest';
import { exportFileName, isoDay, slugify } from './fileName';

const day = new Date(2026, 10, 22, 23, 30);

describe('slugify', () => {
  it('keeps letters and digits of any script, joined by single hyphens, accents dropped', () => {
    expect(slugify('Kim Jong-un')).toBe('kim-jong-un');
    expect(slugify('  Pyeongchang’s  Games!! ')).toBe('pyeongchang-s-games');
    expect(slugify('Café Ürümqi')).toBe('cafe-urumqi');
    expect(slugify('김정은 위원장')).toBe('김정은-위원장');
    expect(slugify('Inter-Korean relations, 2014-2021')).toBe('inter-korean-relations-2014-2021');
  });

  it('cuts long names at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe('exportFileName', () => {
  it('dates the file with the local day', () => {
    expect(isoDay(day)).toBe('2026-11-22');
  });

  it('names a focus by its entity', () => {
    expect(exportFileName('Korea', { kind: 'view', focus: 'Kim Jong-un', filtered: false }, day, 'png')).toBe(
      'dossier-kim-jong-un-neighbourhood-2026-11-22.png',
    );
  });

  it('names the whole graph and a filtered view by the dataset title', () => {
    expect(exportFileName('Korea', { kind: 'whole' }, day, 'gexf')).toBe(
      'dossier-korea-whole-graph-2026-11-22.gexf',
    );
    expect(exportFileName('Korea', { kind: 'view', filtered: true }, day, 'svg')).toBe(
      'dossier-korea-filtered-view-2026-11-22.svg',
    );
    expect(exportFileName('Korea', { kind: 'view', filtered: false }, day, 'svg')).toBe(
      'dossier-korea-whole-graph-2026-11-22.svg',
    );
    expect(exportFileName(undefined, { kind: 'whole' }, day, 'json')).toBe(
      'dossier-whole-graph-2026-11-22.json',
    );
  });

  it('names a selection by its size, or by its one entity', () => {
    expect(exportFileName('Korea', { kind: 'selection', labels: ['A', 'B', 'C'] }, day, 'zip')).toBe(
      'dossier-3-entities-2026-11-22.zip',
    );
    expect(exportFileName('Korea', { kind: 'selection', labels: ['Moon Jae-in'] }, day, 'md')).toBe(
      'dossier-moon-jae-in-2026-11-22.md',
    );
  });
});
