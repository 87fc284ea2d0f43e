/** Saves a file the way the browser downloads one, under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the link is gone; the URL can go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Whether this browser lets a page put an image on the clipboard. */
export function canCopyImages(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/**
 * Puts a PNG on the clipboard. The blob is handed over as a promise, so the browser still counts
 * the click that asked for it while the image is drawn.
 */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
