import { afterEach, describe, expect, it } from 'vitest';
import { loadGraphDocument } from '../../model/load';
import type { Dataset } from '../../model/dataset';
import { mayReplaceDataset } from '../../state/openGuard';
import type { Autosave } from '../../state/persistence/autosave';
import { importedGraph } from '../../state/persistence/testGraph';
import { useAppStore } from '../../state/store';
import { answerQuestion, openQuestion } from './confirm';
import { startLeavingGuard } from './leavingGuard';

const load = (): Dataset => {
  const result = loadGraphDocument(importedGraph, () => undefined);
  if (!result.ok) throw new Error('test graph does not load');
  return result.dataset;
};

const fakeAutosave = () => {
  const autosave = { flushed: 0, flush: async () => void autosave.flushed++, stop: () => undefined };
  return autosave satisfies Autosave;
};

/** Lets the guard flush the save and open its question. */
const asked = () => new Promise((resolve) => setTimeout(resolve, 0));
const FILE = { kind: 'file', name: 'trade.json', format: 'json' } as const;

describe('the leaving guard (asked before another graph replaces the open one)', () => {
  const initial = useAppStore.getState();
  let stop = () => {};
  afterEach(() => {
    stop();
    answerQuestion(false);
    useAppStore.setState(initial, true);
  });

  it('lets an imported graph without notes go without asking', async () => {
    stop = startLeavingGuard(fakeAutosave());
    useAppStore.getState().setDataset(load(), FILE);
    expect(await mayReplaceDataset()).toBe(true);
    expect(openQuestion()).toBeNull();
  });

  it('lets the bundled corpus go once its notes are saved: they come back with it', async () => {
    const autosave = fakeAutosave();
    stop = startLeavingGuard(autosave);
    useAppStore.getState().setDataset(load(), { kind: 'bundled' });
    useAppStore.getState().setNote({ kind: 'node', id: 'a' }, 'kept');
    expect(await mayReplaceDataset()).toBe(true);
    expect(autosave.flushed).toBe(1);
  });

  it('asks before an imported graph with notes is replaced; "no" keeps it, "yes" lets it go', async () => {
    stop = startLeavingGuard(fakeAutosave());
    useAppStore.getState().setDataset(load(), FILE);
    useAppStore.getState().setNote({ kind: 'node', id: 'a' }, 'one');
    useAppStore.getState().setNote({ kind: 'edge', id: 'ab' }, 'two');

    const refused = mayReplaceDataset();
    await asked();
    expect(openQuestion()).toMatchObject({
      title: 'Replace “Trade partners” and your 2 notes?',
      confirm: 'Open the new graph',
      cancel: 'Keep this graph',
      extra: { label: 'Export notes' },
    });
    answerQuestion(false);
    expect(await refused).toBe(false);
    expect(openQuestion()).toBeNull();

    const allowed = mayReplaceDataset();
    await asked();
    answerQuestion(true);
    expect(await allowed).toBe(true);
  });

  it('asks even for the bundled corpus when nothing can be saved', async () => {
    stop = startLeavingGuard(null);
    useAppStore.getState().setDataset(load(), { kind: 'bundled' });
    useAppStore.getState().setNote({ kind: 'node', id: 'a' }, 'only here');
    const answer = mayReplaceDataset();
    await asked();
    expect(openQuestion()?.body).toMatch(
      /cannot save them: they will be lost\. Export the notes to keep a copy\.$/,
    );
    answerQuestion(true);
    expect(await answer).toBe(true);
  });

  it('counts the articles added to an imported graph, and offers no notes export without notes', async () => {
    stop = startLeavingGuard(fakeAutosave());
    const dataset = load();
    useAppStore.getState().setDataset(dataset, FILE);
    const article = { id: 'a1', title: 'A1', publisher: 'P', published: '2020', text: 'x' };
    const review = { article, entities: [], relations: [], decisions: {}, edits: {}, unlinked: [] };
    useAppStore.setState({ added: [review], ingestBase: dataset });
    const answer = mayReplaceDataset();
    await asked();
    expect(openQuestion()).toMatchObject({
      title: 'Replace “Trade partners” and the 1 article you added?',
      body: expect.stringMatching(
        /come back only if you open the same file again\. Export the graph as a Dossier bundle .* to keep a copy\.$/,
      ),
    });
    expect(openQuestion()?.extra).toBeUndefined();
    answerQuestion(true);
    expect(await answer).toBe(true);
  });

  it('lets the bundled corpus with added articles go: they come back with it', async () => {
    stop = startLeavingGuard(fakeAutosave());
    const dataset = load();
    useAppStore.getState().setDataset(dataset, { kind: 'bundled' });
    const article = { id: 'a1', title: 'A1', publisher: 'P', published: '2020', text: 'x' };
    const review = { article, entities: [], relations: [], decisions: {}, edits: {}, unlinked: [] };
    useAppStore.setState({ added: [review], ingestBase: dataset });
    expect(await mayReplaceDataset()).toBe(true);
    expect(openQuestion()).toBeNull();
  });
});
