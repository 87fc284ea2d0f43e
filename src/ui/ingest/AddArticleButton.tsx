import { useAppStore } from '../../state/store';
import { CommandButton } from '../commands/CommandButton';
import { COMMANDS } from '../commands/registry';

/** "Add article", or "Review" with the count still to decide while an article is under review. */
export function AddArticleButton() {
  const review = useAppStore((s) => s.review);
  if (!review)
    return (
      <CommandButton command={COMMANDS.addArticle} className="header-button">
        Add article…
      </CommandButton>
    );
  const pending = review.relations.filter((r) => !review.decisions[r.id]).length;
  return (
    <CommandButton command={COMMANDS.addArticle} className="header-button" label={`Review (${pending})`}>
      Review ({pending})
    </CommandButton>
  );
}
