import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The public graphs for import and performance work (see ../shared/datasets/README.md): beside the
 * repository on the team's machines; `DOSSIER_DATASETS` points elsewhere (a clone in another place).
 */
export const DATASETS =
  [
    process.env.DOSSIER_DATASETS,
    resolve(import.meta.dirname, '../../shared/datasets'),
    '/work/shared/datasets',
  ].find((dir): dir is string => dir !== undefined && existsSync(dir)) ??
  resolve(import.meta.dirname, '../../shared/datasets');
