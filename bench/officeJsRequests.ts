// Microsoft's own Office.js (Excel on the web's build from @microsoft/office-js),
// run in jsdom with a request executor that keeps each request body instead of
// sending it: what a batch of Excel.* calls would send to Excel on the web, byte
// for byte, with no Excel. Used to check our request-size estimates against the
// real wire format. Each object gets an id back, as from Excel; nothing else is
// answered (loaded values stay empty), so use it for writes.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { JSDOM } from "jsdom";

const OFFICE_JS = join(__dirname, "../node_modules/@microsoft/office-js/dist/excel-web-16.00.js");

export interface OfficeWindow {
  Excel: { RequestContext: new (session: unknown) => Excel.RequestContext };
  OfficeExtension: {
    SessionBase: new () => object;
    /** Where Office.js's client-side API check reads its switch and asks for requirement sets. */
    CommonUtility: { _doApiNotSupportedCheck: boolean; isSetSupported(name: string, version: string): boolean };
  };
}

let loaded: OfficeWindow | null = null;

/** Office.js loaded once per process (about 0.4 s). */
export function officeJs(): OfficeWindow {
  if (!loaded) {
    const dom = new JSDOM("<!doctype html><html><body></body></html>", { runScripts: "outside-only", url: "https://localhost/" });
    dom.window.eval(readFileSync(OFFICE_JS, "utf8"));
    loaded = dom.window as unknown as OfficeWindow;
  }
  return loaded;
}

const encoder = new TextEncoder();

/** The part of Office.js's request body the recorder reads. */
interface RequestBody {
  Actions: { Id: number; ActionType: number }[];
}
/** Office.js's action type for instantiating an object path. */
const INSTANTIATE = 1;

export interface RecordedRun<T> {
  result: T;
  /** UTF-8 bytes of each request's JSON body, in the order sent (one per sync that had something to send). */
  requestBytes: number[];
}

export interface RecordOptions {
  /**
   * The id Office.js gives the first object path or action. Ids grow through a batch,
   * so a request late in a large batch spells them with more digits; 1 000 000 stands
   * for the longest ids a batch of a few 5 MB requests reaches.
   */
  firstId?: number;
}

/** Runs `batch` against a real Office.js request context whose requests are recorded, not sent. */
export async function recordRequests<T>(batch: (context: Excel.RequestContext) => Promise<T>, options: RecordOptions = {}): Promise<RecordedRun<T>> {
  const { Excel, OfficeExtension } = officeJs();
  const requestBytes: number[] = [];
  let objects = 0;
  const executor = {
    executeAsync(_customData: unknown, _flags: number, message: { Body: RequestBody }) {
      requestBytes.push(encoder.encode(JSON.stringify(message.Body)).length);
      // As Excel does, answer every instantiated object with an id, so that objects a
      // batch made (a sheet from worksheets.add()) stay usable in its later requests.
      const Results = message.Body.Actions.filter((a) => a.ActionType === INSTANTIATE).map((a) => ({
        ActionId: a.Id,
        Value: { _Id: `{${String(++objects).padStart(8, "0")}-0000-4000-8000-000000000000}` },
      }));
      return Promise.resolve({ HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results } });
    },
  };
  class RecordingSession extends OfficeExtension.SessionBase {
    _createRequestExecutorOrNull() {
      return executor;
    }
  }
  const context = new Excel.RequestContext(new RecordingSession());
  if (options.firstId !== undefined) (context as unknown as { m_nextId: number }).m_nextId = options.firstId - 1;
  const result = await batch(context);
  return { result, requestBytes };
}
