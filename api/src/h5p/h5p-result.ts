/**
 * An H5P activity's answer (issue 6): the result of the xAPI statement its content emits when
 * answered or completed (`result.score` and `result.success`), as the learner's page forwards it.
 * Pure, so the rule is tested without a database.
 */
export interface H5pScore {
  /** 0 to 1: raw / max when the content gives a score, else its own scaled score. */
  scaled: number;
  raw: number | null;
  max: number | null;
  success: boolean | null;
  completion: boolean | null;
}

export interface RawH5pResult {
  scaled?: number | null;
  raw?: number | null;
  max?: number | null;
  success?: boolean | null;
  completion?: boolean | null;
}

/** A number a content type would really send: H5P's scores are small counts of points. */
const MAX_POINTS = 100_000;
/** How far a sent `scaled` may stray from raw / max (H5P rounds it to 4 decimals). */
const SCALED_TOLERANCE = 0.01;

export class InvalidH5pResult extends Error {}

/**
 * The score as stored, and whether it counts as a right answer: `success` when the content says it,
 * else a scaled score of at least 0.5 (half the points, as Pix counts a skill validated).
 */
export function checkH5pResult(raw: RawH5pResult | null | undefined): { score: H5pScore; correct: boolean } {
  if (!raw) throw new InvalidH5pResult('an H5P activity takes its result');
  const number = (value: number | null | undefined, name: string) => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidH5pResult(`${name} is not a number`);
    return value;
  };
  const flag = (value: boolean | null | undefined, name: string) => {
    if (value === undefined || value === null) return null;
    if (typeof value !== 'boolean') throw new InvalidH5pResult(`${name} is not a boolean`);
    return value;
  };
  const points = number(raw.raw, 'raw');
  const max = number(raw.max, 'max');
  const sent = number(raw.scaled, 'scaled');
  const success = flag(raw.success, 'success');
  const completion = flag(raw.completion, 'completion');

  if ((points === null) !== (max === null)) throw new InvalidH5pResult('raw and max come together');
  if (points !== null && max !== null && (points < 0 || max < 0 || points > max || max > MAX_POINTS)) {
    throw new InvalidH5pResult('a score is between 0 and max');
  }
  if (sent !== null && (sent < 0 || sent > 1)) throw new InvalidH5pResult('scaled is between 0 and 1');

  let scaled: number;
  if (points !== null && max !== null && max > 0) {
    scaled = Math.round((points / max) * 10_000) / 10_000;
    if (sent !== null && Math.abs(sent - scaled) > SCALED_TOLERANCE) throw new InvalidH5pResult('scaled does not match raw / max');
  } else if (sent !== null) {
    scaled = sent;
  } else {
    throw new InvalidH5pResult('an H5P result has a score');
  }
  return { score: { scaled, raw: points, max, success, completion }, correct: success ?? scaled >= 0.5 };
}
