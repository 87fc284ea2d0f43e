/**
 * Packs horizontal extents [x0, x1] into as few rows ("lanes") as possible, first fit in the given
 * order, so markers at the same time stack instead of hiding each other. Returns each item's lane.
 */
export function assignLanes(extents: readonly { x0: number; x1: number }[], gap = 2): number[] {
  const laneEnds: number[] = [];
  return extents.map(({ x0, x1 }) => {
    let lane = laneEnds.findIndex((end) => end + gap <= x0);
    if (lane === -1) lane = laneEnds.push(x1) - 1;
    else laneEnds[lane] = x1;
    return lane;
  });
}
