// A benchmark-sized planning workbook (300 groups, 3 000 members, 2 000 goals,
// 20 000 activities, 2 000 indicators, 60 000 measurements, 100 meetings), mostly
// sound with a sprinkling of gaps, for timing the check.

import { BASE_SIZE } from "../../bench/generatePlan";
import { add, type Rows } from "./fixture";

export const BENCHMARK_SIZE = BASE_SIZE;

export function benchmarkRows(): Rows {
  const rows: Rows = {};
  const n = BENCHMARK_SIZE;
  for (let g = 1; g <= n.groups; g++) {
    const type = g === 1 ? "Styrgrupp" : g === 2 ? "Beredningsgrupp" : g === 3 ? "Samordningsfunktion" : "Arbetsgrupp";
    add(rows, "Groups", {
      groupId: `G${g}`, name: `Grupp ${g}`, type, appointedBy: g > 3 ? "G2" : "", mission: "Uppdrag",
      startDate: "2020-01-01", endDate: g > 3 ? "2026-12-31" : "", plannedMeetings: g <= 2 ? 4 : "", decisionMandate: g === 1 ? "Ja" : "Nej",
      placement: "Kommunstyrelsen",
    });
  }
  const titles = ["Lokalpolisområdeschef", "Kommunstyrelsens ordförande", "Kommundirektör", "Kommunpolis", "Samordnare", "Förvaltningschef", "Annan"];
  for (let m = 0; m < n.members; m++) {
    const g = 1 + (m % n.groups);
    const nth = Math.floor(m / n.groups);
    add(rows, "Members", {
      name: `Person ${m}`, groupId: `G${g}`, role: nth === 0 ? "Ordförande" : nth === 1 ? "Sammankallande" : "Ledamot",
      title: titles[nth % titles.length], organisation: nth % 3 === 0 ? "Polis" : "Kommun", department: `Förvaltning ${nth % 4}`,
      kind: nth % 2 ? "Förtroendevald" : "Tjänsteperson", from: "2020-01-01", to: m % 97 === 0 ? "2019-12-31" : "",
    });
  }
  const docs = ["Samverkansöverenskommelse", "Lägesbild", "Åtgärdsplan", "Medborgarlöfte"];
  for (let d = 1; d <= 20; d++) {
    add(rows, "Documents", {
      documentId: `D${d}`, title: `Dokument ${d}`, type: docs[d % docs.length], decidedBy: d % 5 ? "KS" : "",
      decisionDate: `20${20 + (d % 5)}-03-01`, nextFollowUp: d % 3 ? "2025-12-01" : "2024-06-01",
    });
  }
  for (let p = 1; p <= 100; p++) add(rows, "Problems", { problemId: `P${p}`, problem: `Problem ${p}`, rootCauseAnalysis: p % 10 ? "Ja" : "Nej" });
  for (let g = 1; g <= n.goals; g++) {
    const level = g === 1 ? "Övergripande mål" : g <= 200 ? "Mål" : "Delmål";
    const parent = g === 1 ? "" : g <= 200 ? "M1" : `M${2 + (g % 199)}`;
    add(rows, "Goals", { goalId: `M${g}`, goal: `Mål ${g}`, level, parentGoal: parent, problemId: g > 1 && g <= 200 && g % 50 ? `P${1 + (g % 100)}` : "" });
  }
  const statuses = ["Planerad", "Pågår", "Genomförd", "Försenad", "Inställd"];
  for (let a = 1; a <= n.activities; a++) {
    add(rows, "Activities", {
      activityId: `A${a}`, activity: `Aktivitet ${a}`, goalId: `M${2 + (a % (n.goals - 1))}`, responsibleGroup: `G${4 + (a % (n.groups - 3))}`,
      start: "2024-01-01", end: a % 11 ? "2025-12-31" : "2024-06-30", status: statuses[a % statuses.length],
      budget: 1000, spent: a % 13 ? 900 : 1200, hours: 10, budgetYear: 2020 + (a % 6),
    });
  }
  for (let i = 1; i <= n.indicators; i++) {
    add(rows, "Indicators", {
      indicatorId: `I${i}`, indicator: `Indikator ${i}`, goalId: `M${1 + (i % n.goals)}`, unit: i % 2 ? "Procent" : "Antal",
      direction: "Lägre är bättre", baseYear: 2020, baseValue: 50, targetYear: 2026, targetValue: i % 17 ? 40 : 60,
    });
  }
  const years = n.measurements / n.indicators;
  for (let i = 1; i <= n.indicators; i++)
    for (let y = 0; y < years; y++) add(rows, "Measurements", { indicatorId: `I${i}`, year: 2024 - y - (i % 7 === 0 ? 1 : 0), value: 30 + (y % 40) });
  for (let y = 2020; y <= 2024; y++) add(rows, "Budget", { year: y, earmarked: 3_500_000 });
  for (let m = 0; m < n.meetings; m++) add(rows, "Meetings", { groupId: `G${1 + (m % 30)}`, date: `2024-${String(1 + (m % 12)).padStart(2, "0")}-15`, type: "Ordinarie" });
  return rows;
}
