import { describe, expect, it } from 'vitest';
import { ingestText } from './pipeline';
import { newReview, type Review } from './review';
import { entityStatus, reviewMarks, reviewSource } from './reviewMarks';

const text =
  'South Korean President Moon Jae-in met Chinese President Xi Jinping in Beijing. Moon praised Xi Jinping.';
const article = { id: 'a1', title: 'T', publisher: 'P', published: '2020-02-03', text };
const review = (): Review => newReview(article, ingestText(text));
const words = (r: Review) => reviewMarks(r).map((m) => `${m.candidate?.kind}:${text.slice(m.start, m.end)}`);
const triple = (r: Review, t: string) => {
  const c = r.relations.find((x) => `${x.source} ${x.relation} ${x.target}` === t);
  if (!c)
    throw new Error(
      `no ${t} in ${r.relations.map((x) => `${x.source} ${x.relation} ${x.target}`).join('; ')}`,
    );
  return c;
};

describe('reviewMarks', () => {
  it('marks every name and the words of each relation, never overlapping', () => {
    const r = review();
    const marks = reviewMarks(r);
    expect(words(r)).toEqual(
      expect.arrayContaining(['entity:Moon Jae-in', 'relation:met', 'relation:praised']),
    );
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.start).toBeGreaterThanOrEqual(marks[i - 1]!.end);
    for (const m of marks) expect(m.end).toBeGreaterThan(m.start);
  });

  it('marks a role relation by the words between its names ("South Korean President"), not over them', () => {
    const r = review();
    const leader = r.relations.find((x) => x.relation === 'leader of' && x.source === 'moon-jae-in');
    const mark = reviewMarks(r).find((m) => leader && m.candidate?.ids.includes(leader.id));
    // "South Korean" names the state (an entity mark of its own), "President" the role.
    expect(mark && text.slice(mark.start, mark.end)).toBe('President');
    expect(words(r)).toContain('entity:South Korean');
    expect(words(r)).not.toContain('relation:South Korean President Moon Jae-in');
  });

  it('follows the decisions: a relation mark and the names it uses turn accepted or rejected', () => {
    const r = review();
    const praised = triple(r, 'moon-jae-in praised xi-jinping');
    // "met" states whom Moon met and where both met ("met ... in Beijing").
    const met = r.relations.filter((x) => x.relation === 'met with' || x.relation === 'met at');
    expect(met.map((x) => `${x.source} ${x.relation} ${x.target}`).sort()).toEqual([
      'moon-jae-in met at beijing',
      'moon-jae-in met with xi-jinping',
      'xi-jinping met at beijing',
    ]);
    const decided: Review = {
      ...r,
      decisions: Object.fromEntries([[praised.id, 'accepted'], ...met.map((x) => [x.id, 'rejected'])]),
    };
    const mark = (w: string) => reviewMarks(decided).find((m) => text.slice(m.start, m.end) === w)?.candidate;
    expect(mark('praised')).toMatchObject({
      kind: 'relation',
      status: 'accepted',
      label: 'Moon Jae-in praised Xi Jinping',
    });
    expect(mark('met')?.status).toBe('rejected');
    expect(mark('Moon')?.status).toBe('accepted');
    expect(entityStatus(decided, 'moon-jae-in')).toBe('accepted');
    // Beijing is named only by the rejected "met at"; before any decision it is pending.
    expect(mark('Beijing')?.status).toBe('rejected');
    expect(reviewMarks(r).find((m) => text.slice(m.start, m.end) === 'Beijing')?.candidate?.status).toBe(
      'pending',
    );
    // A mark standing for several relations stays pending while one of them is undecided.
    const half: Review = {
      ...decided,
      decisions: Object.fromEntries(Object.entries(decided.decisions).filter(([id]) => id !== met[0]?.id)),
    };
    expect(reviewMarks(half).find((m) => text.slice(m.start, m.end) === 'met')?.candidate?.status).toBe(
      'pending',
    );
    expect(reviewMarks(r).find((m) => text.slice(m.start, m.end) === 'praised')?.candidate?.status).toBe(
      'pending',
    );
  });

  it('gives the article as a source whose whole text is the body', () => {
    expect(reviewSource(review())).toMatchObject({
      id: 'a1',
      text,
      body: [{ source: 'a1', start: 0, end: text.length }],
    });
  });
});

describe('reviewMarks on a dateline', () => {
  it('marks the comma of "Seoul, South Korea" when nothing else stands between the names', () => {
    const dateline = 'Seoul, South Korea — North Korea warned Japan.';
    const r = newReview({ ...article, text: dateline }, ingestText(dateline));
    const located = r.relations.find((x) => x.relation === 'located in');
    const marks = reviewMarks(r);
    const m = marks.find((x) => located && x.candidate?.ids.includes(located.id));
    expect(located && m && dateline.slice(m.start, m.end)).toBe(',');
  });
});
