/** The next wait before sending again: 1 s, then doubled up to a minute, with a little jitter. */
export function nextDelay(previous: number, random: () => number = Math.random): number {
  const base = previous <= 0 ? 1000 : Math.min(previous * 2, 60_000);
  return Math.round(base * (0.9 + 0.2 * random()));
}
