import { useEffect, useState } from 'react';
import type { Dataset } from '../../model/dataset';
import { describeCap } from '../../model/export/imageSize';
import { measureImage, renderImage } from '../../view/export/renderImage';
import { commandTargets } from '../commands/commandTargets';
import { imageRequest, isImage, type ExportOptions } from './exportOptions';
import { labelNote } from './labelNote';
import type { ExportScope } from './useExportScopes';

/** Above this many entities the preview is not drawn: the person waits for the export only. */
export const PREVIEW_MAX_NODES = 2000;
const PREVIEW_WIDTH = 560;

export interface ImagePreview {
  /** "2,468 × 1,600 px", or what the cap did. */
  size: string | null;
  capped: string | null;
  /** How many labels the picture draws (labelNote). */
  labels: string | null;
  /** An object URL of a small PNG of what will be drawn. */
  url: string | null;
  error: string | null;
}

const EMPTY: ImagePreview = { size: null, capped: null, labels: null, url: null, error: null };

/**
 * The pixel size of the image the options ask for (with the cap stated before exporting) and a
 * small picture of it, recomputed a moment after the options settle.
 */
export function useImagePreview(
  dataset: Dataset,
  scope: ExportScope,
  options: ExportOptions,
  open: boolean,
): ImagePreview {
  const [preview, setPreview] = useState<ImagePreview>(EMPTY);
  useEffect(() => {
    const view = commandTargets.view;
    if (!open || !view || !isImage(options.format)) return;
    let cancelled = false;
    let url: string | null = null;
    const timer = setTimeout(() => {
      const request = imageRequest(dataset, scope, options);
      const small = scope.elements.nodes.size <= PREVIEW_MAX_NODES;
      void (async () => {
        try {
          const plan = await measureImage(view.cy, request);
          const image = small
            ? await renderImage(view.cy, 'png', { ...request, size: { kind: 'width', width: PREVIEW_WIDTH } })
            : null;
          if (cancelled) return;
          url = image ? URL.createObjectURL(image.blob) : null;
          const vector = options.format !== 'png';
          setPreview({
            size: vector
              ? `${Math.round(plan.layout.width).toLocaleString('en-US')} × ${Math.round(plan.layout.height).toLocaleString('en-US')} (vector)`
              : `${plan.size.width.toLocaleString('en-US')} × ${plan.size.height.toLocaleString('en-US')} px`,
            capped: vector ? null : describeCap(plan.size),
            labels: labelNote(plan.labels),
            url,
            error: null,
          });
        } catch (error) {
          if (!cancelled) setPreview({ ...EMPTY, error: `The preview could not be drawn: ${String(error)}` });
        }
      })();
    }, 200);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (url) URL.revokeObjectURL(url);
    };
  }, [dataset, scope, options, open]);
  return preview;
}
