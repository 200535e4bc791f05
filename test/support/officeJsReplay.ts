// Running a command through Microsoft's Office.js client (Excel on the web's build
// from @microsoft/office-js, in jsdom) against an in-memory workbook: every request
// Office.js sends is answered from the MemoryWorkbook by src/host/officeJsWire.ts,
// as Excel's service would answer it. The client's API check is on, against the
// requirement sets of the workbook's ExcelApi version (Office.js sets its flag on
// OfficeExtension.Utility but reads it from CommonUtility, so it is set there).

import { officeJs } from "../../bench/officeJsRequests";
import type { ExcelRunner } from "../../src/excel/api";
import type { MemoryWorkbook } from "../../src/host";
import { WireSession, type WireRequest } from "../../src/host/officeJsWire";

export interface OfficeJsRun {
  run: ExcelRunner;
  /** Requests Office.js sent (one per sync that had something to send). */
  requests: number;
}

/** An ExcelRunner like Excel.run, whose batches go through Office.js to `wb`. */
export function officeJsRunner(wb: MemoryWorkbook): OfficeJsRun {
  const office = officeJs();
  const stats: OfficeJsRun = { requests: 0, run: null as unknown as ExcelRunner };
  stats.run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    // What Office.context.requirements.isSetSupported answers inside Excel: this workbook's ExcelApi version.
    office.OfficeExtension.CommonUtility.isSetSupported = (name, version) => name !== "ExcelApi" || wb.capabilities.isSetSupported("ExcelApi", version);
    office.OfficeExtension.CommonUtility._doApiNotSupportedCheck = true;
    return wb.run(async (host) => {
      const wire = new WireSession(host);
      const executor = {
        executeAsync(_customData: unknown, _flags: number, message: { Body: WireRequest }) {
          stats.requests += 1;
          // Office.js hands over its own objects; the service sees JSON.
          return wire.execute(JSON.parse(JSON.stringify(message.Body)) as WireRequest);
        },
      };
      class ReplaySession extends office.OfficeExtension.SessionBase {
        _createRequestExecutorOrNull() {
          return executor;
        }
      }
      const context = new office.Excel.RequestContext(new ReplaySession());
      const result = await batch(context);
      // As Excel.run does: whatever is still queued is sent at the end.
      await context.sync();
      return result;
    });
  };
  return stats;
}
