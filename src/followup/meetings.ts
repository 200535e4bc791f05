// Meetings follow-up: per group, the meetings held in the year (rows in Möten
// dated in it) against its Planerade möten per år.

import type { PlanRow } from "../workbook/plan";
import { DEFAULT_SETTINGS, plannedMeetingsFor, type Settings } from "../workbook/settings";
import type { MeetingFollowUp } from "./types";
import { yearOfDate } from "./activities";

/** Number of Möten rows per Grupp-ID whose Datum falls in the year. */
export function meetingsHeld(meetings: readonly PlanRow<"Meetings">[], year: number): Map<string, number> {
  const held = new Map<string, number>();
  for (const m of meetings) {
    const g = m.values.groupId;
    if (g && yearOfDate(m.values.date) === year) held.set(g, (held.get(g) ?? 0) + 1);
  }
  return held;
}

/**
 * held    = number of Möten rows of the group whose Datum falls in the year;
 * planned = the group's Planerade möten per år, else the workbook's setting for its type
 *           (plannedMeetingsFor; null when neither gives a positive number).
 * Every group is listed that plans meetings or held one, in the Grupper sheet's order.
 */
export function followUpMeetings(
  groups: readonly PlanRow<"Groups">[],
  meetings: readonly PlanRow<"Meetings">[],
  year: number,
  settings: Settings = DEFAULT_SETTINGS,
): MeetingFollowUp[] {
  const held = meetingsHeld(meetings, year);
  return groups
    .map((g) => ({ g, planned: plannedMeetingsFor(g.values.type, g.values.plannedMeetings, settings) }))
    .filter(({ g, planned }) => g.values.groupId && (planned !== null || held.has(g.values.groupId)))
    .map(({ g, planned }) => ({
      groupId: g.values.groupId!,
      name: g.values.name ?? "",
      type: g.values.type,
      held: held.get(g.values.groupId!) ?? 0,
      planned,
    }));
}
