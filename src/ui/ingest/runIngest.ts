import { knownFromGraph, newReview, type ArticleDraft } from '../../model/ingest/review';
import { useAppStore } from '../../state/store';
import type { IngestReply } from '../../workers/ingestWorker';

const store = () => useAppStore.getState();

/** Analyses an article in a worker and opens the review of what it proposes. */
export function runIngest(article: ArticleDraft): void {
  // The graph as shown: the articles added before are known (their new nodes link, their ids are taken).
  const base = store().dataset;
  if (!base) return;
  if (base.sources.has(article.id)) {
    store().setIngestStatus(
      false,
      `An article with the id "${article.id}" is already in the graph; change the title or date.`,
    );
    return;
  }
  store().setIngestStatus(true, null);
  const worker = new Worker(new URL('../../workers/ingestWorker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<IngestReply>) => {
    worker.terminate();
    const reply = event.data;
    if (!reply.ok) {
      store().setIngestStatus(false, `The article could not be analysed: ${reply.message}`);
      return;
    }
    store().setIngestStatus(false, null);
    store().setAddArticleOpen(false);
    store().startReview(newReview(article, reply.result));
  };
  worker.onerror = (event) => {
    worker.terminate();
    store().setIngestStatus(
      false,
      `The article could not be analysed: ${event.message || 'the worker failed'}`,
    );
  };
  worker.postMessage({
    text: article.text,
    options: { existing: knownFromGraph(base.graph), published: article.published },
  });
}
