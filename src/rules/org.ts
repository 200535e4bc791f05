// ORG rules: the organisation Brå recommends (styrgrupp, beredningsgrupp,
// arbetsgrupper, a coordinating function) and whether its groups are staffed,
// led and meeting as planned. Members count when in force on the reference date.

import { RULE_MESSAGES, type GroupRef, type TitleKey } from "../i18n/rules";
import type { Finding } from "../workbook/findings";
import type { ListKey, Text } from "../workbook/layout";
import type { RuleId } from "./catalog";
import { hasColumns, idOf, textKey, type GroupRow, type MemberRow, type RuleContext } from "./context";
import { yearEnd, yearStart } from "./dates";
import { columnName, finding, itemName, sheetName } from "./finding";
import { plannedMeetingsFor } from "../workbook/settings";

type GroupType = ListKey<"groupType">;

export function groupRef(g: GroupRow): GroupRef {
  return { id: idOf(g.values.groupId) ?? `#${g.row}`, name: g.values.name, type: g.values.type };
}

const groupsOfType = (ctx: RuleContext, type: GroupType): GroupRow[] => ctx.idx.groupsByType.get(type) ?? [];

/** Whether a group exists at some time in [from, to] (Startdatum/Slutdatum empty meaning open). */
function groupAlive(g: GroupRow, from: string, to: string): boolean {
  const { startDate, endDate } = g.values;
  return (startDate === null || startDate <= to) && (endDate === null || endDate >= from);
}

function inForceMembers(ctx: RuleContext, g: GroupRow) {
  const id = idOf(g.values.groupId);
  return id === null ? [] : (ctx.idx.membersInForceByGroup.get(id) ?? []);
}

/** Sorted, de-duplicated non-null values: a stable basis for fingerprints. */
function sortedSet(values: Iterable<string | null>): string[] {
  const set = new Set<string>();
  for (const v of values) if (v !== null) set.add(v);
  return [...set].sort();
}

/** ORG-01: exactly one styrgrupp. */
export function org01(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "type")) return [];
  const steering = groupsOfType(ctx, "steering");
  const typeColumn = columnName(ctx, "Groups", "type");
  if (steering.length === 0) {
    const message = RULE_MESSAGES.noSteeringGroup({ sheet: sheetName(ctx, "Groups"), typeColumn, typeValue: itemName(ctx, "groupType", "steering") });
    return [finding(ctx, "ORG-01", { table: "Groups" }, message, ["none"], [])];
  }
  if (steering.length === 1) return [];
  const ids = steering.map((g) => groupRef(g).id);
  const message = RULE_MESSAGES.manySteeringGroups({ ids, sheet: sheetName(ctx, "Groups"), typeColumn });
  return [finding(ctx, "ORG-01", { table: "Groups", row: steering[1].row, column: "type" }, message, ["many"], ids)];
}

/**
 * For each group, every wanted value of a member field (Befattning or Roll) that no
 * member in force has: one finding per group and missing value, on the group's ID cell.
 */
function lackingMembers<F extends "title" | "role">(
  ctx: RuleContext,
  rule: RuleId,
  groups: Iterable<GroupRow>,
  field: F,
  wanted: readonly NonNullable<MemberRow["values"][F]>[],
  message: (group: GroupRef, missing: NonNullable<MemberRow["values"][F]>) => Text,
): Finding[] {
  if (!hasColumns(ctx, "Groups", "type") || !hasColumns(ctx, "Members", "groupId", field)) return [];
  const out: Finding[] = [];
  for (const g of groups) {
    const present = sortedSet(inForceMembers(ctx, g).map((m) => m.values[field]));
    for (const value of wanted) {
      if (present.includes(value)) continue;
      const ref = groupRef(g);
      out.push(finding(ctx, rule, { table: "Groups", row: g.row, column: "groupId" }, message(ref, value), [ref.id, value], [ref.id, present]));
    }
  }
  return out;
}

/** ORG-02 and ORG-04: every group of a type has a member in force with each of these titles. */
function lacksTitles(ctx: RuleContext, rule: RuleId, type: GroupType, titles: readonly TitleKey[]): Finding[] {
  return lackingMembers(ctx, rule, groupsOfType(ctx, type), "title", titles, (group, title) =>
    RULE_MESSAGES.groupLacksTitle({
      group,
      title: title as TitleKey,
      titleLabel: itemName(ctx, "memberTitle", title),
      titleColumn: columnName(ctx, "Members", "title"),
      sheet: sheetName(ctx, "Members"),
    }),
  );
}

export const org02 = (ctx: RuleContext) => lacksTitles(ctx, "ORG-02", "steering", ["policeAreaHead", "boardChair", "municipalDirector"]);

/** ORG-03: a beredningsgrupp exists. */
export function org03(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "type") || groupsOfType(ctx, "preparatory").length > 0) return [];
  const message = RULE_MESSAGES.noPreparatoryGroup({
    sheet: sheetName(ctx, "Groups"),
    typeColumn: columnName(ctx, "Groups", "type"),
    typeValue: itemName(ctx, "groupType", "preparatory"),
  });
  return [finding(ctx, "ORG-03", { table: "Groups" }, message, ["none"], [])];
}

export const org04 = (ctx: RuleContext) => lacksTitles(ctx, "ORG-04", "preparatory", ["municipalPolice", "coordinator"]);

/**
 * ORG-05: every municipal department (Förvaltning/nämnd of a member in force, with
 * Organisation Kommun or empty) of a group responsible for an activity has a
 * Förvaltningschef of that department in force in the beredningsgrupp.
 */
export function org05(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Members", "groupId", "title", "department") || !hasColumns(ctx, "Activities", "responsibleGroup")) return [];
  const preparatory = groupsOfType(ctx, "preparatory");
  if (preparatory.length === 0) return [];
  const headed = new Set<string>();
  for (const g of preparatory)
    for (const m of inForceMembers(ctx, g)) {
      const dept = textKey(m.values.department);
      if (m.values.title === "departmentHead" && dept !== null) headed.add(dept);
    }
  const missing = new Map<string, { name: string; row: number; groups: Set<string> }>();
  for (const groupId of ctx.idx.activitiesByGroup.keys()) {
    for (const m of ctx.idx.membersInForceByGroup.get(groupId) ?? []) {
      const dept = textKey(m.values.department);
      const org = m.values.organisation;
      if (dept === null || headed.has(dept) || (org !== null && org !== "municipality")) continue;
      const entry = missing.get(dept) ?? { name: idOf(m.values.department)!, row: m.row, groups: new Set<string>() };
      if (m.row < entry.row) Object.assign(entry, { name: idOf(m.values.department)!, row: m.row });
      entry.groups.add(groupId);
      missing.set(dept, entry);
    }
  }
  const out: Finding[] = [];
  for (const [dept, e] of missing) {
    const groupIds = [...e.groups].sort();
    const message = RULE_MESSAGES.departmentLacksHead({
      department: e.name,
      groupIds,
      preparatory: groupRef(preparatory[0]),
      sheet: sheetName(ctx, "Members"),
      titleColumn: columnName(ctx, "Members", "title"),
      titleLabel: itemName(ctx, "memberTitle", "departmentHead"),
      departmentColumn: columnName(ctx, "Members", "department"),
    });
    out.push(finding(ctx, "ORG-05", { table: "Members", row: e.row, column: "department" }, message, [dept], [dept, groupIds]));
  }
  return out;
}

/** ORG-06: every arbetsgrupp is appointed (Tillsatt av) by a beredningsgrupp. */
export function org06(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "type", "appointedBy")) return [];
  const out: Finding[] = [];
  for (const g of groupsOfType(ctx, "working")) {
    const by = idOf(g.values.appointedBy);
    const appointer = by === null ? undefined : ctx.idx.groupsById.get(by);
    if (by !== null && appointer === undefined) continue; // a dangling reference: DATA-05
    if (appointer?.values.type === "preparatory") continue;
    const ref = groupRef(g);
    const message = RULE_MESSAGES.workingGroupNotAppointed({ group: ref, appointedBy: by, column: columnName(ctx, "Groups", "appointedBy"), sheet: sheetName(ctx, "Groups") });
    out.push(finding(ctx, "ORG-06", { table: "Groups", row: g.row, column: "appointedBy" }, message, [ref.id], [ref.id, by, appointer?.values.type ?? null]));
  }
  return out;
}

/** ORG-07: every arbetsgrupp has a Slutdatum and an Uppdrag. */
export function org07(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "type")) return [];
  const out: Finding[] = [];
  const sheet = sheetName(ctx, "Groups");
  for (const g of groupsOfType(ctx, "working")) {
    const ref = groupRef(g);
    if (hasColumns(ctx, "Groups", "endDate") && g.values.endDate === null) {
      const message = RULE_MESSAGES.workingGroupNoEnd({ group: ref, column: columnName(ctx, "Groups", "endDate"), sheet });
      out.push(finding(ctx, "ORG-07", { table: "Groups", row: g.row, column: "endDate" }, message, [ref.id, "endDate"], [ref.id, "endDate"]));
    }
    if (hasColumns(ctx, "Groups", "mission") && g.values.mission === null) {
      const message = RULE_MESSAGES.workingGroupNoMission({ group: ref, column: columnName(ctx, "Groups", "mission"), sheet });
      out.push(finding(ctx, "ORG-07", { table: "Groups", row: g.row, column: "mission" }, message, [ref.id, "mission"], [ref.id, "mission"]));
    }
  }
  return out;
}

const LED_GROUPS: readonly GroupType[] = ["steering", "preparatory", "working", "localCouncil"];

/** ORG-08: led groups existing on the reference date have an Ordförande and a Sammankallande in force. */
export function org08(ctx: RuleContext): Finding[] {
  const date = ctx.referenceDate;
  const led = LED_GROUPS.flatMap((type) => groupsOfType(ctx, type)).filter((g) => groupAlive(g, date, date));
  return lackingMembers(ctx, "ORG-08", led, "role", ["chair", "convener"], (group, role) =>
    RULE_MESSAGES.groupLacksRole({
      group,
      role: role as "chair" | "convener",
      roleLabel: itemName(ctx, "memberRole", role),
      roleColumn: columnName(ctx, "Members", "role"),
      sheet: sheetName(ctx, "Members"),
      date,
    }),
  );
}

/** ORG-09: a Samordnare in force in some group, or a group of type Samordningsfunktion. */
export function org09(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "type") || !hasColumns(ctx, "Members", "title")) return [];
  if (groupsOfType(ctx, "coordination").length > 0) return [];
  for (const members of ctx.idx.membersInForceByGroup.values()) if (members.some((m) => m.values.title === "coordinator")) return [];
  const message = RULE_MESSAGES.noCoordination({
    membersSheet: sheetName(ctx, "Members"),
    groupsSheet: sheetName(ctx, "Groups"),
    titleHint: `${columnName(ctx, "Members", "title")}: ${itemName(ctx, "memberTitle", "coordinator")}`,
    typeLabel: itemName(ctx, "groupType", "coordination"),
  });
  return [finding(ctx, "ORG-09", { table: "Groups" }, message, ["none"], [])];
}

/** ORG-10: the Samordningsfunktion is placed under Kommunstyrelsen. */
export function org10(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "type", "placement")) return [];
  const out: Finding[] = [];
  for (const g of groupsOfType(ctx, "coordination")) {
    const placement = idOf(g.values.placement);
    if (placement !== null && textKey(placement)!.includes("kommunstyrelse")) continue;
    const ref = groupRef(g);
    const message = RULE_MESSAGES.coordinationPlacement({ group: ref, placement, column: columnName(ctx, "Groups", "placement"), sheet: sheetName(ctx, "Groups") });
    out.push(finding(ctx, "ORG-10", { table: "Groups", row: g.row, column: "placement" }, message, [ref.id], [ref.id, placement]));
  }
  return out;
}

/** ORG-11: the styrgrupp and the council (beredningsgrupp) have both elected officials and civil servants. */
export function org11(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "type") || !hasColumns(ctx, "Members", "groupId", "kind")) return [];
  const out: Finding[] = [];
  for (const type of ["steering", "preparatory"] as const)
    for (const g of groupsOfType(ctx, type)) {
      const kinds = sortedSet(inForceMembers(ctx, g).map((m) => m.values.kind));
      if (kinds.length !== 1) continue;
      const ref = groupRef(g);
      const kind = kinds[0] as "elected" | "civilServant";
      const message = RULE_MESSAGES.onlyOneKind({ group: ref, kind, sheet: sheetName(ctx, "Members"), column: columnName(ctx, "Members", "kind") });
      out.push(finding(ctx, "ORG-11", { table: "Groups", row: g.row, column: "groupId" }, message, [ref.id], [ref.id, kind]));
    }
  return out;
}

/** ORG-12: a group existing in the follow-up year held at least its Planerade möten per år (or the settings' count for its type). */
export function org12(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "plannedMeetings") || !hasColumns(ctx, "Meetings", "groupId", "date")) return [];
  const out: Finding[] = [];
  const year = ctx.followUpYear;
  for (const g of ctx.plan.rows.Groups) {
    const planned = plannedMeetingsFor(g.values.type, g.values.plannedMeetings, ctx.settings);
    const id = idOf(g.values.groupId);
    if (id === null || planned === null || !groupAlive(g, yearStart(year), yearEnd(year))) continue;
    const held = ctx.idx.meetingsInFollowUpYear.get(id) ?? 0;
    if (held >= planned) continue;
    const message = RULE_MESSAGES.tooFewMeetings({ group: groupRef(g), held, planned, year, sheet: sheetName(ctx, "Meetings") });
    out.push(finding(ctx, "ORG-12", { table: "Groups", row: g.row, column: "plannedMeetings" }, message, [id, year], [id, year, held, planned]));
  }
  return out;
}

/** ORG-13: no activity of an ended arbetsgrupp is still Planerad or Pågår. */
export function org13(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "type", "endDate") || !hasColumns(ctx, "Activities", "responsibleGroup", "status")) return [];
  const out: Finding[] = [];
  for (const g of groupsOfType(ctx, "working")) {
    const end = g.values.endDate;
    const id = idOf(g.values.groupId);
    if (id === null || end === null || end >= ctx.referenceDate) continue;
    for (const a of ctx.idx.activitiesByGroup.get(id) ?? []) {
      const status = a.values.status;
      if (status !== "planned" && status !== "ongoing") continue;
      const activityId = idOf(a.values.activityId) ?? `#${a.row}`;
      const message = RULE_MESSAGES.endedGroupOpenActivity({
        group: groupRef(g),
        endDate: end,
        activity: { id: activityId, name: a.values.activity },
        statusLabel: itemName(ctx, "activityStatus", status),
        sheet: sheetName(ctx, "Activities"),
      });
      out.push(finding(ctx, "ORG-13", { table: "Activities", row: a.row, column: "status" }, message, [id, activityId], [id, end, activityId, status]));
    }
  }
  return out;
}

/** ORG-14: a member's Till is not before Från, and both lie within the group's life. */
export function org14(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Members", "from", "to")) return [];
  const out: Finding[] = [];
  const fromColumn = columnName(ctx, "Members", "from");
  const toColumn = columnName(ctx, "Members", "to");
  for (const m of ctx.plan.rows.Members) {
    const { from, to } = m.values;
    const name = idOf(m.values.name) ?? `#${m.row}`;
    const groupId = idOf(m.values.groupId);
    if (from !== null && to !== null && to < from) {
      const message = RULE_MESSAGES.memberEndsBeforeStart({ name, groupId: groupId ?? "", from, to, fromColumn, toColumn });
      out.push(finding(ctx, "ORG-14", { table: "Members", row: m.row, column: "to" }, message, [m.row, "order"], [from, to]));
      continue;
    }
    const g = groupId === null ? undefined : ctx.idx.groupsById.get(groupId);
    if (!g) continue;
    const { startDate, endDate } = g.values;
    for (const [column, date] of [["from", from], ["to", to]] as const) {
      if (date === null || !((startDate !== null && date < startDate) || (endDate !== null && date > endDate))) continue;
      const message = RULE_MESSAGES.memberOutsideGroupLife({
        name,
        group: groupRef(g),
        column: column === "from" ? fromColumn : toColumn,
        date,
        groupStart: startDate,
        groupEnd: endDate,
        groupsSheet: sheetName(ctx, "Groups"),
        groupDateColumns: `${columnName(ctx, "Groups", "startDate")}/${columnName(ctx, "Groups", "endDate")}`,
      });
      out.push(finding(ctx, "ORG-14", { table: "Members", row: m.row, column }, message, [m.row, column], [date, startDate, endDate]));
    }
  }
  return out;
}

/** ORG-15: every group existing on the reference date has a member in force. */
export function org15(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Members", "groupId")) return [];
  const out: Finding[] = [];
  const date = ctx.referenceDate;
  for (const g of ctx.plan.rows.Groups) {
    const id = idOf(g.values.groupId);
    if (id === null || !groupAlive(g, date, date) || inForceMembers(ctx, g).length > 0) continue;
    const message = RULE_MESSAGES.groupWithoutMembers({ group: groupRef(g), date, sheet: sheetName(ctx, "Members") });
    const all = ctx.idx.membersByGroup.get(id)?.length ?? 0;
    out.push(finding(ctx, "ORG-15", { table: "Groups", row: g.row, column: "groupId" }, message, [id], [id, all]));
  }
  return out;
}

/** ORG-16: some group holds decision mandate. */
export function org16(ctx: RuleContext): Finding[] {
  if (!hasColumns(ctx, "Groups", "decisionMandate")) return [];
  if (ctx.plan.rows.Groups.some((g) => g.values.decisionMandate === true)) return [];
  const message = RULE_MESSAGES.noDecisionMandate({ column: columnName(ctx, "Groups", "decisionMandate"), sheet: sheetName(ctx, "Groups") });
  return [finding(ctx, "ORG-16", { table: "Groups" }, message, ["none"], [])];
}
