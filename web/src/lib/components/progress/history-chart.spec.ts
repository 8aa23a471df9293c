import { describe, expect, it } from 'vitest';
import { historyChart } from './history-chart.ts';

describe('historyChart', () => {
  it('spreads the days over the width and puts the highest total near the top', () => {
    const chart = historyChart([{ totalPix: 0 }, { totalPix: 10 }, { totalPix: 20 }], { width: 320, height: 120 });

    expect(chart.points.map((p) => p.x)).toEqual([12, 160, 308]);
    expect(chart.points.map((p) => p.y)).toEqual([120, 70, 20]);
  });

  it('centres a single day, and keeps small totals low on a scale of at least one level', () => {
    const chart = historyChart([{ totalPix: 2 }], { width: 320, height: 120 });

    expect(chart.points).toEqual([{ x: 160, y: 95 }]);
  });
});
