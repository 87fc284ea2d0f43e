/// <reference lib="webworker" />
import { ingestText, type IngestOptions } from '../model/ingest/pipeline';
import type { IngestResult } from '../model/ingest/types';

export type IngestReply = { ok: true; result: IngestResult } | { ok: false; message: string };

// The NLP model is large to load and slow on long texts: the page stays responsive meanwhile.
self.onmessage = (event: MessageEvent<{ text: string; options: IngestOptions }>) => {
  try {
    const reply: IngestReply = { ok: true, result: ingestText(event.data.text, event.data.options) };
    self.postMessage(reply);
  } catch (error) {
    const reply: IngestReply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(reply);
  }
};
