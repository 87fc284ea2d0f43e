import { count } from '../count';
import { articleFootprint } from '../../model/ingest/addedArticles';
import { useAppStore } from '../../state/store';
import { askToConfirm } from '../session/confirm';

/** Asks before the person's review decisions go away: discarding the review. */
export function confirmLosingReview(): Promise<boolean> {
  const review = useAppStore.getState().review;
  const decided = review ? Object.keys(review.decisions).length : 0;
  if (!review || decided === 0) return Promise.resolve(true);
  return askToConfirm({
    title: `Discard the review of “${review.article.title}”?`,
    body: `You decided on ${count(decided, 'candidate')}; the accepted relations leave the graph and the review is forgotten.`,
    confirm: 'Discard the review',
    cancel: 'Keep the review',
  });
}

/** Asks before finishing a review that still has undecided candidates (they are not added). */
export function confirmFinishing(): Promise<boolean> {
  const review = useAppStore.getState().review;
  if (!review) return Promise.resolve(false);
  const pending = review.relations.filter((r) => !review.decisions[r.id]).length;
  if (pending === 0) return Promise.resolve(true);
  const accepted = Object.values(review.decisions).filter((d) => d === 'accepted').length;
  return askToConfirm({
    title: `Finish the review of “${review.article.title}”?`,
    body: `${count(pending, 'candidate is', 'candidates are')} still undecided; they are not added. ${
      accepted === 1
        ? 'The accepted relation stays in the graph.'
        : accepted > 1
          ? `The ${accepted} accepted relations stay in the graph.`
          : 'Nothing was accepted, so the article is not added.'
    }`,
    confirm: 'Finish',
    cancel: 'Keep reviewing',
  });
}

/** Asks before a finished article leaves the graph, saying what leaves with it. */
export function confirmRemovingArticle(articleId: string): Promise<boolean> {
  const { added, ingestBase } = useAppStore.getState();
  const article = added.find((r) => r.article.id === articleId)?.article;
  if (!article || !ingestBase) return Promise.resolve(false);
  const { relations, nodesOnlyHere } = articleFootprint(ingestBase, added, articleId);
  const nodes =
    nodesOnlyHere.length === 0
      ? ''
      : ` With ${nodesOnlyHere.length === 1 ? 'it goes the node' : 'them go the nodes'} only this article added: ${nodesOnlyHere.join(', ')}.`;
  return askToConfirm({
    title: `Remove “${article.title}” from the graph?`,
    body: `${relations === 1 ? 'Its accepted relation leaves' : `Its ${relations} accepted relations leave`} the graph.${nodes} To add it back, add the article again.`,
    confirm: 'Remove the article',
    cancel: 'Keep it',
  });
}
