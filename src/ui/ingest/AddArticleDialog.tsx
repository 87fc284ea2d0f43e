import { useState } from 'react';
import { isIsoDate } from '../../model/dates';
import { guessMeta, sourceIdFor } from '../../model/ingest/authoringForm';
import { htmlToText } from '../../model/ingest/htmlText';
import { useAppStore } from '../../state/store';
import { ModalDialog } from '../ModalDialog';
import { runIngest } from './runIngest';
import './ingest.css';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
const MAX_CHARS = 200_000;

async function readArticle(file: File): Promise<string> {
  const raw = await file.text();
  return /\.html?$/i.test(file.name) || file.type === 'text/html' ? htmlToText(raw) : raw;
}

/** Add article: paste or drop a text, check the guessed title, publisher and date, analyse. */
export function AddArticleDialog() {
  const open = useAppStore((s) => s.addArticleOpen);
  const setOpen = useAppStore((s) => s.setAddArticleOpen);
  const running = useAppStore((s) => s.ingestRunning);
  const problem = useAppStore((s) => s.ingestProblem);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [published, setPublished] = useState('');
  const [error, setError] = useState<string | null>(null);

  const adopt = (value: string) => {
    setText(value);
    const guess = guessMeta(value, '');
    setTitle(guess.title === 'Untitled' ? '' : guess.title);
    if (guess.published) setPublished(guess.published);
  };

  const analyse = () => {
    const problems: string[] = [];
    if (text.trim() === '') problems.push('paste or drop the article text');
    if (text.length > MAX_CHARS)
      problems.push(`the text is longer than ${MAX_CHARS.toLocaleString()} characters`);
    if (title.trim() === '') problems.push('give a title');
    if (!isIsoDate(published.trim())) problems.push('give the date as YYYY-MM-DD (or YYYY-MM, YYYY)');
    if (problems.length) {
      setError(`To analyse: ${problems.join('; ')}.`);
      return;
    }
    setError(null);
    runIngest({
      id: sourceIdFor(published.trim(), title.trim()),
      title: title.trim(),
      publisher: publisher.trim() || 'Unknown publisher',
      published: published.trim(),
      text,
    });
  };

  return (
    <ModalDialog
      open={open}
      onClose={() => setOpen(false)}
      title="Add an article"
      closeLabel="Close the Add article dialog"
      className="open-dialog add-article"
      onDragOver={(e) => {
        e.preventDefault();
        e.stopPropagation();
      }}
      onDrop={(e) => {
        // The window's drop opens graphs: a text dropped here is an article instead.
        e.preventDefault();
        e.stopPropagation();
        const file = e.dataTransfer.files[0];
        if (file) void readArticle(file).then(adopt);
      }}
    >
      <p className="hint">
        Paste the text, or drop a .txt, .md or .html file here. Nothing joins the graph until you accept it.
      </p>
      <label className="add-article-field">
        Article text
        <textarea value={text} rows={9} onChange={(e) => adopt(e.target.value)} />
      </label>
      <label className="add-article-file">
        Or choose a file{' '}
        <input
          type="file"
          accept={ACCEPT}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void readArticle(file).then(adopt);
          }}
        />
      </label>
      <div className="add-article-meta">
        <label>
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Publisher
          <input
            value={publisher}
            placeholder="Unknown publisher"
            onChange={(e) => setPublisher(e.target.value)}
          />
        </label>
        <label>
          Date
          <input value={published} placeholder="YYYY-MM-DD" onChange={(e) => setPublished(e.target.value)} />
        </label>
      </div>
      {(error ?? problem) && (
        <p role="alert" className="add-article-error">
          {error ?? problem}
        </p>
      )}
      <p>
        <button type="button" className="open-primary" onClick={analyse} disabled={running}>
          {running ? 'Analysing…' : 'Analyse'}
        </button>
      </p>
    </ModalDialog>
  );
}
