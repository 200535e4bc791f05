// Chart colours and line styles chosen to survive grey-scale printing: the
// series of one chart differ clearly in lightness, and line series also in
// dash style, so a black-and-white print still tells them apart.

import type { ActivityStatus } from "./types";

/** Indicator charts: the measurements dark and solid, the target light and dashed. */
export const INDICATOR_SERIES = {
  colors: ["#1F3864", "#8FAADC"],
  /** Excel.ChartLineStyle names. */
  lineStyles: ["Continuous", "Dash"],
};

/** Comparison series (Riket, a group) in an indicator chart: greys apart from the measured blue, dotted. */
export const COMPARISON_SERIES = {
  colors: ["#7F7F7F", "#C55A11"],
  lineStyles: ["RoundDot", "DashDot"],
};

/**
 * Activities by status: from light (planned) to dark (done), delayed a dark orange and
 * cancelled a grey, each at its own lightness (CIE L* 90, 58, 21, 44, 72).
 */
export const STATUS_COLORS: Record<ActivityStatus, string> = {
  planned: "#D6E6F4",
  ongoing: "#4F8FCB",
  done: "#08306B",
  delayed: "#B34700",
  cancelled: "#B0B0B0",
};

/** Earmarked, allocated, spent: light to dark. */
export const BUDGET_COLORS = ["#BDD7EE", "#5B9BD5", "#1F3864"];

/** Meetings held (dark) against planned (light). */
export const MEETING_COLORS = ["#1F3864", "#BDD7EE"];
