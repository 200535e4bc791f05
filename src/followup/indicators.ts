// Indicator follow-up: the latest value up to the year, the previous value, trend, progress
// from baseline towards target and the assessment, each formula documented
// next to its code. Pure functions over plain numbers.

import type { Assessment, Direction, IndicatorFollowUp, TrendMove, TrendVerdict, YearValue } from "./types";

/**
 * The sign that turns "a change" into "an improvement": +1 when higher is better,
 * −1 when lower is better. Every comparison below is made on s·x so that a
 * positive number always means "better".
 */
function goodSign(direction: Direction): 1 | -1 {
  return direction === "higher" ? 1 : -1;
}

/** Two measurements are the same when they differ by less than a billionth of their size (floating-point noise). */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Trend between the previous measurement p and this year's value v:
 *   move    = up when v > p, down when v < p, flat when v ≈ p;
 *   verdict = better when s·(v − p) > 0, worse when s·(v − p) < 0, same when flat,
 *             unknown when the Riktning is missing.
 */
export function trendOf(
  value: number,
  previous: number,
  direction: Direction | null,
): { move: TrendMove; verdict: TrendVerdict } {
  if (nearlyEqual(value, previous)) return { move: "flat", verdict: "same" };
  const move: TrendMove = value > previous ? "up" : "down";
  if (!direction) return { move, verdict: "unknown" };
  return { move, verdict: goodSign(direction) * (value - previous) > 0 ? "better" : "worse" };
}

/** The target is reached or passed in the right direction: s·(v − target) ≥ 0. */
export function targetReached(value: number, target: number, direction: Direction): boolean {
  return nearlyEqual(value, target) || goodSign(direction) * (value - target) > 0;
}

/**
 * Progress from baseline b towards target t for value v:
 *   progress = (v − b) / (t − b)
 * 0 at the baseline, 1 at the target, above 1 past it, negative when v moved away
 * from the target. It is only defined when the target lies ahead of the baseline in
 * the good direction, s·(t − b) > 0. When it does not (baseline equals the target,
 * or the target was already reached at the baseline), progress is 1 when the value
 * reaches the target and 0 when it does not.
 * shown = progress clamped to 0…1, for bars and percentages.
 */
export function progressTowardsTarget(
  value: number,
  base: number,
  target: number,
  direction: Direction,
): { progress: number; shown: number } {
  const ahead = goodSign(direction) * (target - base);
  if (ahead <= 0 || nearlyEqual(target, base)) {
    const reached = targetReached(value, target, direction) ? 1 : 0;
    return { progress: reached, shown: reached };
  }
  const progress = (value - base) / (target - base);
  return { progress, shown: Math.min(1, Math.max(0, progress)) };
}

export interface AssessmentInput {
  direction: Direction | null;
  value: number | null;
  previousValue: number | null;
  baseValue: number | null;
  targetValue: number | null;
}

/**
 * The indicator's assessment for the follow-up year, with v = its latest value in or
 * before that year and s the good sign of its Riktning:
 *   noValue    (Saknar mätvärde)  no measurement up to and including the year;
 *   unknown    (Kan inte bedömas) a value but no readable Riktning, so better/worse is undefined;
 *   achieved   (Uppnått)          a Målvärde exists and v reaches or passes it: s·(v − target) ≥ 0;
 *   onTrack    (På väg)           not achieved, but v is better than the Basvärde, s·(v − base) > 0,
 *                                 or better than the previous measurement, s·(v − previous) > 0;
 *   notOnTrack (Ej på väg)        everything else: no better than the baseline and no better than
 *                                 last time (or neither is known).
 */
export function assessIndicator(i: AssessmentInput): Assessment {
  if (i.value === null) return "noValue";
  if (!i.direction) return "unknown";
  const v = i.value;
  const s = goodSign(i.direction);
  if (i.targetValue !== null && targetReached(v, i.targetValue, i.direction)) return "achieved";
  const betterThan = (ref: number | null) => ref !== null && !nearlyEqual(v, ref) && s * (v - ref) > 0;
  if (betterThan(i.baseValue) || betterThan(i.previousValue)) return "onTrack";
  return "notOnTrack";
}

export interface IndicatorInput {
  indicatorId: string;
  name: string;
  goalId: string | null;
  unit: IndicatorFollowUp["unit"];
  direction: Direction | null;
  baseYear: number | null;
  baseValue: number | null;
  targetYear: number | null;
  targetValue: number | null;
}

/**
 * One indicator's follow-up for `year` from its measurements (any order, any years).
 * The value assessed is the latest measurement in or before the follow-up year
 * (official statistics for a year come out during the next one), and valueYear
 * names its year; the previous value is the latest measurement before that one.
 * Measurements after the follow-up year are ignored. Trend, progress and the
 * assessment all use that same latest value.
 */
export function followUpIndicator(ind: IndicatorInput, measurements: readonly YearValue[], year: number): IndicatorFollowUp {
  const series = measurements.filter((m) => m.year <= year).sort((a, b) => a.year - b.year);
  const latest = series.length > 0 ? series[series.length - 1] : null;
  const previous = series.length > 1 ? series[series.length - 2] : null;
  const value = latest?.value ?? null;
  const previousValue = previous?.value ?? null;
  const trend = value !== null && previousValue !== null ? trendOf(value, previousValue, ind.direction) : null;
  const canProgress = value !== null && ind.direction && ind.baseValue !== null && ind.targetValue !== null;
  const progress = canProgress ? progressTowardsTarget(value, ind.baseValue!, ind.targetValue!, ind.direction!) : null;
  return {
    ...ind,
    series,
    value,
    valueYear: latest?.year ?? null,
    previousYear: previous?.year ?? null,
    previousValue,
    trend,
    progress: progress?.progress ?? null,
    progressShown: progress?.shown ?? null,
    assessment: assessIndicator({ direction: ind.direction, value, previousValue, baseValue: ind.baseValue, targetValue: ind.targetValue }),
  };
}
