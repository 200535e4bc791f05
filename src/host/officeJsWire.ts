// Answering Microsoft's Office.js from the in-memory Excel: one request body as
// Office.js sends it (its "RichApi" JSON: object paths and actions, derived from
// @microsoft/office-js's own client code) executed on a host RequestContext, and the
// response body Office.js expects back. With it, the real Office.js client runs our
// commands against a MemoryWorkbook, so Microsoft's client judges our Office code
// (test/officejs/replay.test.ts). The subset of the wire format it speaks is
// documented in src/host/WIRE.md; anything outside it fails loudly.

import { ClientObj, ClientResult, CollectionObj } from "./api/clientObject";
import { OfficeApiError } from "./errors";

/** Object path types (Office.js's ObjectPathType). */
const PATH = { root: 1, method: 3, property: 4, indexer: 5, nullObject: 7 } as const;
/** Action types (Office.js's ActionType). */
const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4, trace: 5 } as const;

export interface WireObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: WireArguments;
}

interface WireArguments {
  Arguments?: unknown[];
  /** Per argument: 0, or the id of the object path the argument stands for. */
  ReferencedObjectPathIds?: (number | unknown[])[];
}

export interface WireAction {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: WireArguments;
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}

export interface WireRequest {
  Actions: WireAction[];
  ObjectPaths: Record<string, WireObjectPath>;
}

export interface WireResponse {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: { Results: { ActionId: number; Value: unknown }[]; Error?: { Code: string; Message: string; HttpStatusCode: number; Location?: string } };
}

/** A host object seen as plain properties and methods, the way the wire names them. */
type Dyn = Record<string, unknown>;

/** "GetItemOrNullObject" -> "getItemOrNullObject", as the Office.js classes name what the wire calls it. */
const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
/** "showTotals" -> "ShowTotals": the key a query result carries. */
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

class WireFailure extends Error {}

/**
 * One Office.js request context's conversation with one host RequestContext. Object
 * ids handed out in answers (`_Id`) stay valid for the whole batch, as Excel's do,
 * so objects a batch made (a sheet from worksheets.add()) are found again when
 * Office.js later addresses them by id.
 */
export class WireSession {
  private readonly byId = new Map<string, ClientObj>();
  private nextId = 0;

  constructor(private readonly host: Excel.RequestContext) {}

  /** Executes one request and answers it as Excel's service would. */
  async execute(request: WireRequest): Promise<WireResponse> {
    const paths = new Map<number, unknown>();
    const answers: { actionId: number; answer: () => unknown }[] = [];
    try {
      for (const action of request.Actions) {
        const answer = this.queue(action, request, paths);
        if (answer) answers.push({ actionId: action.Id, answer });
      }
    } catch (err) {
      if (err instanceof WireFailure) throw err;
      return failure(err);
    }
    try {
      await this.host.sync();
    } catch (err) {
      return failure(err);
    }
    const Results = answers.map(({ actionId, answer }) => ({ ActionId: actionId, Value: answer() }));
    return { HttpStatusCode: 200, ErrorCode: null, ErrorMessage: null, Headers: {}, Body: { Results } };
  }

  /** Queues one action on the host; returns how to answer it after the sync, if it has an answer. */
  private queue(action: WireAction, request: WireRequest, paths: Map<number, unknown>): (() => unknown) | null {
    const target = () => this.resolve(action.ObjectPathId, request, paths);
    switch (action.ActionType) {
      case ACTION.instantiate: {
        const obj = target();
        if (!(obj instanceof ClientObj)) return () => ({});
        return () => {
          if (obj._isNull === true) return null;
          const id = `{${String(++this.nextId).padStart(8, "0")}-0000-4000-8000-000000000000}`;
          this.byId.set(id, obj);
          return { _Id: id };
        };
      }
      case ACTION.query: {
        const obj = target();
        if (!(obj instanceof ClientObj)) throw new WireFailure(`query on a non-object path ${action.ObjectPathId}`);
        const select = action.QueryInfo?.Select ?? [];
        if ((action.QueryInfo?.Expand ?? []).length > 0) throw new WireFailure("query Expand is outside the documented subset");
        const isCollection = obj instanceof CollectionObj;
        obj.load((isCollection ? select.map((s) => `items/${s}`) : select).join(","));
        return () => this.queryValue(obj, select, isCollection);
      }
      case ACTION.method: {
        const obj = target() as Dyn;
        const method = obj[camel(action.Name)];
        if (typeof method !== "function") throw new WireFailure(`method ${action.Name} is not in the host`);
        const result = (method as (...a: unknown[]) => unknown).apply(obj, this.args(action.ArgumentInfo, request, paths));
        return result instanceof ClientResult ? () => result.value : null;
      }
      case ACTION.setProperty: {
        const obj = target() as Dyn;
        const [value] = action.ArgumentInfo?.Arguments ?? [];
        obj[camel(action.Name)] = value;
        return null;
      }
      case ACTION.trace:
        return null;
      default:
        throw new WireFailure(`action type ${action.ActionType} is outside the documented subset`);
    }
  }

  /** A query's answer: the selected properties, PascalCase as Excel sends them; a collection's under _Items. */
  private queryValue(obj: ClientObj, select: readonly string[], isCollection: boolean): unknown {
    if (obj._isNull === true) return null;
    const props = (o: ClientObj) => {
      const value: Dyn = {};
      for (const name of select) {
        if (name.includes("/")) throw new WireFailure(`navigation select ${name} is outside the documented subset`);
        value[pascal(name)] = (o as unknown as Dyn)[name];
      }
      return value;
    };
    if (!isCollection) return props(obj);
    const items = (obj as unknown as { items: ClientObj[] }).items;
    return {
      _Items: items.map((item) => {
        const id = `{${String(++this.nextId).padStart(8, "0")}-0000-4000-8000-000000000000}`;
        this.byId.set(id, item);
        return { _Id: id, ...props(item) };
      }),
    };
  }

  /** The host object (or collection) an object path stands for in this request. */
  private resolve(id: number, request: WireRequest, paths: Map<number, unknown>): unknown {
    if (paths.has(id)) return paths.get(id);
    const path = request.ObjectPaths[String(id)];
    if (!path) throw new WireFailure(`object path ${id} is not in the request`);
    let obj: unknown;
    switch (path.ObjectPathType) {
      case PATH.root:
        obj = this.host.workbook;
        break;
      case PATH.property:
        obj = (this.resolve(path.ParentObjectPathId!, request, paths) as Dyn)[camel(path.Name)];
        break;
      case PATH.method:
      case PATH.indexer: {
        const parent = this.resolve(path.ParentObjectPathId!, request, paths) as Dyn;
        const args = this.args(path.ArgumentInfo, request, paths);
        const known = typeof args[0] === "string" ? this.byId.get(args[0]) : undefined;
        if (known && (path.ObjectPathType === PATH.indexer || /^GetItem/.test(path.Name))) {
          obj = known;
          break;
        }
        const name = path.ObjectPathType === PATH.indexer ? "getItem" : camel(path.Name);
        const method = parent[name];
        if (typeof method !== "function") throw new WireFailure(`method ${path.Name} is not in the host`);
        obj = (method as (...a: unknown[]) => unknown).apply(parent, args);
        break;
      }
      default:
        throw new WireFailure(`object path type ${path.ObjectPathType} (${path.Name}) is outside the documented subset`);
    }
    paths.set(id, obj);
    return obj;
  }

  /** A call's arguments, with object arguments (ReferencedObjectPathIds) turned into host objects. */
  private args(info: WireArguments | undefined, request: WireRequest, paths: Map<number, unknown>): unknown[] {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds ?? [];
    refs.forEach((ref, i) => {
      if (typeof ref === "number" && ref !== 0) args[i] = this.resolve(ref, request, paths);
      else if (Array.isArray(ref)) throw new WireFailure("object arrays as arguments are outside the documented subset");
    });
    return args;
  }
}

/** The answer to a request Excel refused: its error code and message, as Office.js turns them into an OfficeExtension.Error. */
function failure(err: unknown): WireResponse {
  const code = err instanceof OfficeApiError ? err.code : "GeneralException";
  const message = err instanceof Error ? err.message : String(err);
  const location = err instanceof OfficeApiError ? err.debugInfo.errorLocation : undefined;
  return {
    HttpStatusCode: 200,
    ErrorCode: null,
    ErrorMessage: null,
    Headers: {},
    Body: { Results: [], Error: { Code: code, Message: message, HttpStatusCode: 400, ...(location ? { Location: location } : {}) } },
  };
}
