import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import type { Dataset } from '../model/dataset';
import {
  noteKey,
  notedNodeIds,
  notesFrom,
  replaceNotesProducer,
  selectNotes,
  setNoteProducer,
  type NotesState,
} from './notesSlice';

const graph = (): Dataset => ({ graph: new MultiDirectedGraph(), sources: new Map() });
const first = graph();
const second = graph();
type State = NotesState & { dataset: Dataset | null };
const empty: State = { notes: new Map(), notesOf: null, dataset: first };
const kim = { kind: 'node', id: 'kim' } as const;
const edge = { kind: 'edge', id: 'kim' } as const;

describe('notes producers', () => {
  it('writes, rewrites and removes a note, with the time of the last edit', () => {
    const one = setNoteProducer(kim, 'Check the 2018 dates', 10)(empty);
    expect(selectNotes(one).get('node:kim')).toEqual({
      target: kim,
      text: 'Check the 2018 dates',
      updated: 10,
    });
    const two = setNoteProducer(kim, 'Check the 2019 dates', 20)(one);
    expect(selectNotes(two).get('node:kim')?.text).toBe('Check the 2019 dates');
    expect(selectNotes(two).get('node:kim')?.updated).toBe(20);
    expect(selectNotes(one).get('node:kim')?.text).toBe('Check the 2018 dates'); // not mutated
    const gone = setNoteProducer(kim, '   \n', 30)(two);
    expect(selectNotes(gone).size).toBe(0);
  });

  it('keeps the state when nothing changes', () => {
    const one = setNoteProducer(kim, 'x', 10)(empty);
    expect(setNoteProducer(kim, 'x', 99)(one)).toBe(one);
    expect(setNoteProducer(kim, '', 99)(empty)).toBe(empty);
  });

  it('keeps notes on a node and on an edge with the same id apart', () => {
    const both = setNoteProducer(edge, 'on the relation', 2)(setNoteProducer(kim, 'on the entity', 1)(empty));
    expect(selectNotes(both).size).toBe(2);
    expect(selectNotes(both).get(noteKey(edge))?.text).toBe('on the relation');
    expect([...notedNodeIds(selectNotes(both))]).toEqual(['kim']);
  });

  it('shows notes only on the graph they were written on', () => {
    const noted = setNoteProducer(kim, 'on the first graph', 1)(empty);
    const otherGraph = { ...noted, dataset: second };
    expect(selectNotes(otherGraph).size).toBe(0);
    // A note on the new graph starts from nothing, not from the old graph's notes.
    const fresh = setNoteProducer(edge, 'on the second graph', 2)(otherGraph);
    expect([...selectNotes(fresh).keys()]).toEqual(['edge:kim']);
  });

  it('replaces the notes of the open graph, and ignores notes for a graph no longer open', () => {
    const one = setNoteProducer(kim, 'old', 1)(empty);
    const stored = notesFrom([{ target: { kind: 'node', id: 'moon' }, text: 'new', updated: 5 }]);
    const replaced = replaceNotesProducer(first, stored)(one);
    expect([...selectNotes(replaced).keys()]).toEqual(['node:moon']);
    expect(replaceNotesProducer(second, stored)(one)).toBe(one);
  });
});
