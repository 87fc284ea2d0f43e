import { useState } from 'react';
import { isIsoDate } from '../../model/dates';
import type { ArticleRead } from '../../model/ingest/articleFile';
import { guessMeta, sourceIdFor } from '../../model/ingest/authoringForm';
import { useAppStore } from '../../state/store';
import { ModalDialog } from '../ModalDialog';
import { runIngest } from './runIngest';
import './ingest.css';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';
const MAX_CHARS = 200_000;

/** A dropped or chosen file; a web page's reader (Readability) is loaded only when one comes. */
async function readArticleFile(file: File): Promise<ArticleRead> {
  const raw = await file.text();
  const { readArticle, isHtmlFile } = await import('../../model/ingest/articleFile');
  // DOMParser builds an inert document: its scripts never run, its images never load.
  return readArticle(raw, isHtmlFile(file.name, file.type), (html) =>
    new DOMParser().parseFromString(html, 'text/html'),
  );
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

  // What the text or the page says fills the form; what it does not say keeps what was typed.
  const adopt = (read: ArticleRead) => {
    setText(read.text);
    setTitle(read.title === undefined || read.title === 'Untitled' ? '' : read.title);
    if (read.published) setPublished(read.published);
    if (read.publisher) setPublisher(read.publisher);
  };
  // While a file is read (a web page's reader may have to load first), Analyse waits for it.
  const [readingFile, setReadingFile] = useState<string | null>(null);
  // The file the text was read from (the file input itself is cleared, so the same file can be chosen again).
  const [fromFile, setFromFile] = useState<string | null>(null);
  const adoptFile = (file: File) => {
    setReadingFile(file.name);
    void readArticleFile(file)
      .then(
        (read) => {
          adopt(read);
          setFromFile(file.name);
        },
        () => setError(`Could not read ${file.name}.`),
      )
      .finally(() => setReadingFile(null));
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
        if (file) adoptFile(file);
      }}
    >
      <p className="hint">
        Paste the text, or drop a .txt, .md or .html file here (of a saved web page, only the article is kept:
        menus, adverts and footers are left out). Nothing joins the graph until you accept it.
      </p>
      <label className="add-article-field">
        Article text
        <textarea
          value={text}
          rows={9}
          onChange={(e) => {
            adopt({ text: e.target.value, ...guessMeta(e.target.value) });
            setFromFile(null);
          }}
        />
      </label>
      <label className="add-article-file">
        Or choose a file{' '}
        <input
          type="file"
          accept={ACCEPT}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) adoptFile(file);
          }}
        />
        {fromFile && <span className="hint"> The text above was read from {fromFile}.</span>}
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
        <button
          type="button"
          className="open-primary"
          onClick={analyse}
          disabled={running || readingFile !== null}
        >
          {running ? 'Analysing…' : readingFile !== null ? `Reading ${readingFile}…` : 'Analyse'}
        </button>
      </p>
    </ModalDialog>
  );
}
