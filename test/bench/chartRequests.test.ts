// Follow-up sheets of large plans hold thousands of charts: the applier must cut
// such a write into syncs that Excel accepts (5 MB a request), counting every
// operation a chart takes (found by the benchmark, where the follow-up of the 4x
// plan was refused with RequestPayloadSizeLimitExceeded).

import { applyEdits } from "../../src/excel/applyEdits";
import { MemoryWorkbook, REQUEST_LIMIT_BYTES } from "../../src/host";
import type { Edit } from "../../src/workbook/edits";

const CHARTS = 5000;

function chartEdits(): Edit[] {
  const edits: Edit[] = [
    { kind: "addSheet", sheet: "Uppföljning" },
    { kind: "setValues", sheet: "Uppföljning", address: "A1:C3", values: [["År", "Värde", "Mål"], ["2024", 12.5, 10], ["2025", 11.9, 10]] },
  ];
  for (let i = 0; i < CHARTS; i++) {
    const row = 5 + i * 16;
    edits.push({
      kind: "addChart",
      sheet: "Uppföljning",
      name: `Indikator${i + 1}`,
      chartKind: "LineMarkers",
      source: "A1:C3",
      seriesBy: "Columns",
      title: `I${i + 1} Otrygghet utomhus sent på kvällen Ålidhem`,
      categoryAxisTitle: "År",
      valueAxisTitle: "Procent",
      topLeft: `E${row}`,
      bottomRight: `L${row + 14}`,
      colors: ["#1F4E79", "#C55A11"],
      lineStyles: ["Continuous", "Dash"],
    });
  }
  return edits;
}

describe("a write of thousands of charts", () => {
  it("is cut into syncs that each stay within Excel's request limit, and every chart is made", async () => {
    const wb = new MemoryWorkbook();
    const applied = await wb.run((context) => applyEdits(context, chartEdits(), wb.capabilities));
    expect(wb.stats.largestPayloadBytes).toBeLessThanOrEqual(REQUEST_LIMIT_BYTES);
    expect(applied.syncs).toBeGreaterThan(1);
    const charts = wb.model.sheet("Uppföljning")!.charts;
    expect(charts).toHaveLength(CHARTS);
    expect(charts[CHARTS - 1]).toMatchObject({ name: `Indikator${CHARTS}` });
  }, 120_000);
});
