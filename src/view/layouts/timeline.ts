import { NODE_TYPE_DESCRIPTORS } from '../../model/nodeTypes';
import { TIMELINE, timelinePositions } from '../../model/timelinePositions';
import { presetOptions } from './preset';
import type { LayoutDescriptor, LayoutGuide } from './types';

/** Space between the last row of events and the year labels, in model units. */
const AXIS_OFFSET = 62;

export const timelineDescriptor: LayoutDescriptor = {
  id: 'timeline',
  label: 'Timeline',
  description:
    'Events left to right by date, undated ones at the end; places and actors above, near their events.',
  plan: (_cy, { graph }) => {
    const { positions, years, undatedX, bands } = timelinePositions(graph);
    const xs = [...positions.values()].map((p) => p.x);
    const left = Math.min(...xs, 0) - 40;
    const events = bands.find((b) => b.type === 'event') ?? { top: 0, bottom: 0 };
    const axisY = events.bottom + AXIS_OFFSET;
    // A faint rule where each year starts, through the events, with the year under them.
    const rule = { y1: events.top - 30, y2: axisY - 10 };
    const guides: LayoutGuide[] = years.map(({ x, label }) => ({
      text: label,
      x: x - TIMELINE.yearGap / 2,
      y: axisY,
      align: 'start',
      line: rule,
    }));
    if (undatedX !== undefined)
      guides.push({
        text: 'Undated',
        x: undatedX,
        y: axisY,
        align: 'center',
        emphasis: true,
      });
    for (const band of bands)
      guides.push({
        text: NODE_TYPE_DESCRIPTORS[band.type].plural,
        x: left,
        y: (band.top + band.bottom) / 2,
        align: 'end',
        emphasis: true,
      });
    return { options: presetOptions(positions), guides };
  },
};
