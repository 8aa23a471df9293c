/**
 * Where each day of the profile's history sits on the chart: evenly spaced left to right, the
 * height proportional to the total pix (the top is the highest total, never less than 8: one level).
 */
export function historyChart(
  points: { totalPix: number }[],
  size: { width: number; height: number },
): { width: number; height: number; points: { x: number; y: number }[] } {
  const top = Math.max(8, ...points.map((p) => p.totalPix));
  const margin = 12;
  const step = points.length > 1 ? (size.width - 2 * margin) / (points.length - 1) : 0;
  return {
    ...size,
    points: points.map((p, i) => ({
      x: points.length === 1 ? size.width / 2 : margin + i * step,
      y: size.height - (p.totalPix / top) * (size.height - 20),
    })),
  };
}
