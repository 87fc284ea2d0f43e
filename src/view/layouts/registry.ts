import { LAYOUT_IDS, type LayoutId } from '../../model/viewSettings';
import { concentricDescriptor } from './concentric';
import { forceDescriptor } from './force';
import { hierarchyDescriptor } from './hierarchy';
import { timelineDescriptor } from './timeline';
import { positionsDescriptor } from './positions';
import type { LayoutDescriptor } from './types';

/** Every layout, by id. To add one: a file with its descriptor, its id in LAYOUT_IDS, an entry here. */
export const LAYOUTS: Record<LayoutId, LayoutDescriptor> = {
  force: forceDescriptor,
  concentric: concentricDescriptor,
  hierarchy: hierarchyDescriptor,
  timeline: timelineDescriptor,
  positions: positionsDescriptor,
};

/** The layouts in menu order. */
export const LAYOUT_LIST: readonly LayoutDescriptor[] = LAYOUT_IDS.map((id) => LAYOUTS[id]);
