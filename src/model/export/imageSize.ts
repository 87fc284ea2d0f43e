/**
 * The largest image exported. Chromium refuses canvases over 32,767 px a side or about 268 million
 * pixels and a tab can run out of memory well before; these caps stay clear of both.
 */
export const IMAGE_LIMITS = { maxSide: 16_384, maxArea: 100_000_000 } as const;

/** How big the person asked for: a zoom factor (1x-4x) or a width in pixels. */
export type SizeChoice = { kind: 'scale'; scale: number } | { kind: 'width'; width: number };

export interface ImageSize {
  /** Pixels per layout unit actually used. */
  scale: number;
  width: number;
  height: number;
  /** What was asked for, when it was over the limits and had to be made smaller. */
  capped: { scale: number; width: number; height: number } | null;
}

/** The pixel size of a `width`×`height` (layout units) image for a choice, within IMAGE_LIMITS. */
export function imageSize(width: number, height: number, choice: SizeChoice): ImageSize {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const asked = choice.kind === 'scale' ? choice.scale : choice.width / w;
  const fits = Math.min(
    IMAGE_LIMITS.maxSide / w,
    IMAGE_LIMITS.maxSide / h,
    Math.sqrt(IMAGE_LIMITS.maxArea / (w * h)),
  );
  const scale = Math.min(asked, fits);
  const px = (s: number) => ({
    width: choice.kind === 'width' && s === asked ? Math.round(choice.width) : Math.max(1, Math.round(w * s)),
    height: Math.max(1, Math.round(h * s)),
  });
  return {
    scale,
    ...px(scale),
    capped: asked > fits ? { scale: asked, ...px(asked) } : null,
  };
}

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const factor = (scale: number) => `${Number(scale.toFixed(scale < 1 ? 2 : 1))}x`;

/**
 * What the dialog says before a capped export: "4x of this graph would be 41,000 × 20,500 px; the
 * largest image is 16,384 px a side and 100 million pixels: exporting at 1.6x (16,384 × 8,192 px)."
 */
export function describeCap(size: ImageSize): string | null {
  const { capped } = size;
  if (!capped) return null;
  const asked = `${factor(capped.scale)} of this graph would be ${n(capped.width)} × ${n(capped.height)} px`;
  const limit = `the largest image is ${n(IMAGE_LIMITS.maxSide)} px a side and ${IMAGE_LIMITS.maxArea / 1e6} million pixels`;
  return `${asked}; ${limit}: exporting at ${factor(size.scale)} (${n(size.width)} × ${n(size.height)} px).`;
}
