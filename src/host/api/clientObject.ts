// The proxy machinery every in-memory Office.js object shares, with Excel's
// semantics: creating an object queues its instantiation; `load()` queues a
// read whose values arrive only when `context.sync()` completes; reading a
// property that was not loaded (or not set locally) throws PropertyNotLoaded;
// setters and methods are queued and applied in order at sync. An object
// whose target does not exist (a *OrNullObject miss, or anything reached from
// such an object) is a null object: its `isNullObject` is true after sync,
// its other properties throw, and actions on it do nothing.

import { OfficeApiError, itemNotFound } from "../errors";
import type { Exec, HostContext } from "./context";

export interface ScalarDef<T> {
  get(target: T, exec: Exec): unknown;
  /** The ExcelApi requirement set the property needs. */
  requires?: string;
}

/** What one load() asks for: property name -> true (scalar or all of a navigation) or a subtree. */
export type LoadTree = Map<string, LoadTree | true>;

const ALL: LoadTree = new Map();

export interface ObjectOptions<T> {
  /** Requirement set of the object itself (its instantiation fails with ApiNotFound above the host's version). */
  requires?: string;
  /** A target known already (collection items built from a load result): nothing is queued. */
  preset?: T;
  /**
   * The resolver creates the target (worksheets.add, tables.add, ...): it runs only in the
   * object's own instantiation, never later (after a failed sync the object is unusable).
   */
  creates?: boolean;
}

export const notLoaded = (className: string, name: string): OfficeApiError =>
  new OfficeApiError(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${className}.${name}`,
  );

export abstract class ClientObj<T = unknown> {
  readonly context: HostContext;
  readonly _id: number;
  _isNull: boolean | undefined = undefined;
  protected _props: Record<string, unknown> = {};
  private _target: T | null | undefined = undefined;
  private _creates = false;
  private _instantiating = false;

  abstract get _className(): string;

  constructor(
    context: HostContext,
    private readonly _parent: ClientObj | null,
    /** How the object was reached, for the request payload: e.g. ["getItem", "Grupper"]. */
    path: unknown[],
    private readonly _resolver: (exec: Exec, parent: unknown) => T | null,
    options: ObjectOptions<T> = {},
  ) {
    this.context = context;
    this._id = context._nextId();
    if ("preset" in options) {
      this._target = options.preset;
      return;
    }
    this._creates = options.creates === true;
    context._enqueue({
      desc: { i: this._id, p: _parent?._id ?? 0, m: path },
      run: (exec) => {
        if (options.requires) exec.requireApi(options.requires, this._className);
        this._instantiating = true;
        let t: T | null;
        try {
          t = this._targetFor(exec);
        } finally {
          this._instantiating = false;
        }
        exec.commits.push(() => {
          this._isNull = t === null;
        });
      },
    });
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded(this._className, "isNullObject");
    return this._isNull;
  }

  /** The object's target at this point of the sync: resolved once, then kept (as Office.js keeps object paths). */
  _resolve(exec: Exec): T | null {
    if (this._target !== undefined) return this._target;
    let parent: unknown = undefined;
    if (this._parent) {
      parent = this._parent._resolve(exec);
      if (parent === null) return (this._target = null);
    }
    if (this._creates && !this._instantiating) {
      throw new OfficeApiError("InvalidObjectPath", `This ${this._className} was never created: the sync that should have created it failed.`, this._className);
    }
    const t = this._resolver(exec, parent);
    if (this._creates) exec.changed = true;
    this._target = t;
    return t;
  }

  /** The target, checked to still exist (a deleted sheet, table or chart cannot be used). */
  _targetFor(exec: Exec): T | null {
    const t = this._resolve(exec);
    if (t !== null) this._checkAlive(t, exec);
    return t;
  }

  protected _checkAlive(_target: T, _exec: Exec): void {}

  // ---- properties -------------------------------------------------------------------------

  /** Scalar properties a load() can fetch. */
  protected abstract _scalars(): Record<string, ScalarDef<T>>;

  /** Navigation properties (child objects) a load() can go through. */
  protected _navs(): Record<string, () => ClientObj> {
    return {};
  }

  /** A loaded (or locally set) property; PropertyNotLoaded otherwise. */
  _get<V = unknown>(name: string): V {
    if (this._isNull === true || !(name in this._props)) throw notLoaded(this._className, name);
    return this._props[name] as V;
  }

  /** Queues a property write; like Office.js, the value is also kept locally and readable at once. */
  protected _set(name: string, value: unknown, apply: (target: T, exec: Exec) => void, requires?: string): void {
    this._queue({ o: this._id, s: name, v: value }, requires ?? this._scalars()[name]?.requires, apply);
    this._props[name] = value;
  }

  /** Queues a method call that changes the workbook (nothing happens on a null object). */
  protected _action(name: string, args: unknown[], apply: (target: T, exec: Exec) => void, requires?: string): void {
    this._queue({ o: this._id, c: name, a: args }, requires, apply);
  }

  private _queue(desc: unknown, requires: string | undefined, apply: (target: T, exec: Exec) => void): void {
    this.context._enqueue({
      desc,
      run: (exec) => {
        if (requires) exec.requireApi(requires, this._className);
        const t = this._targetFor(exec);
        if (t === null) return;
        exec.changed = true;
        apply(t, exec);
      },
    });
  }

  /** Queues a method call whose result arrives in `.value` after sync. */
  protected _result<R>(name: string, args: unknown[], compute: (target: T, exec: Exec) => R, requires?: string): ClientResult<R> {
    const result = new ClientResult<R>();
    this.context._enqueue({
      desc: { o: this._id, c: name, a: args },
      run: (exec) => {
        if (requires) exec.requireApi(requires, this._className);
        const t = this._targetFor(exec);
        const v = t === null ? null : compute(t, exec);
        exec.commits.push(() => result._set(v as R));
      },
    });
    return result;
  }

  // ---- load ---------------------------------------------------------------------------------

  load(spec?: unknown): this {
    const tree = parseLoadSpec(spec);
    this.context._enqueue({
      desc: { o: this._id, l: treeJson(tree) },
      run: (exec) => {
        const t = this._targetFor(exec);
        if (t === null) {
          exec.commits.push(() => this._markNull());
          return;
        }
        const apply = this._snapshot(tree, t, exec);
        exec.commits.push(apply);
      },
    });
    return this;
  }

  /** Reads what `tree` asks for from `target` now; returns the function that hands it to the proxies. */
  _snapshot(tree: LoadTree, target: T, exec: Exec): () => void {
    const scalars = this._scalars();
    const navs = this._navs();
    const values: Record<string, unknown> = {};
    const children: (() => void)[] = [];
    const keys = tree.size === 0 ? Object.keys(scalars) : [...tree.keys()];
    for (const key of keys) {
      const def = scalars[key];
      if (def) {
        if (def.requires) exec.requireApi(def.requires, `${this._className}.${key}`);
        values[key] = def.get(target, exec);
        continue;
      }
      const nav = navs[key];
      if (!nav) {
        throw new OfficeApiError("InvalidArgument", `${this._className} has no property '${key}' to load.`, `${this._className}.load`);
      }
      const child = nav();
      const sub = tree.get(key);
      const ct = child._targetFor(exec);
      children.push(ct === null ? () => child._markNull() : child._snapshot(sub === true || sub === undefined ? ALL : sub, ct, exec));
    }
    return () => {
      this._isNull = false;
      Object.assign(this._props, values);
      for (const c of children) c();
    };
  }

  _markNull(): void {
    this._isNull = true;
  }

  /** Sets several properties at once, as Office.js' `set()` does. */
  set(properties: Record<string, unknown>): void {
    const navs = this._navs();
    for (const [key, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      if (navs[key] && typeof value === "object" && value !== null) navs[key]().set(value as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[key] = value;
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._props };
  }
}

/**
 * Getters for read-only loaded properties, for classes that declare them as
 * `declare readonly name: Type` instead of writing one getter each.
 */
export function loadedGetters(cls: { prototype: object }, names: readonly string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get(this: ClientObj) {
        return this._get(name);
      },
      configurable: true,
    });
  }
}

/** A method's result (e.g. getCount()): `.value` is there only after sync. */
export class ClientResult<R> {
  private _loaded = false;
  private _value: R | undefined;

  get value(): R {
    if (!this._loaded) {
      throw new OfficeApiError("ValueNotLoaded", 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.', "ClientResult.value");
    }
    return this._value as R;
  }

  _set(v: R): void {
    this._value = v;
    this._loaded = true;
  }
}

/** Office.js load options: "a, b/c", ["a", "b/c"], {select, expand} or {a: true, b: {c: true}}. */
export function parseLoadSpec(spec: unknown): LoadTree {
  const tree: LoadTree = new Map();
  const addPath = (path: string) => {
    const parts = path.split("/").map((p) => p.trim()).filter(Boolean);
    let node = tree;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) {
        if (!node.has(part)) node.set(part, true);
        return;
      }
      let next = node.get(part);
      if (next === true || next === undefined) {
        next = new Map();
        node.set(part, next);
      }
      node = next;
    });
  };
  const addList = (s: string) => s.split(",").forEach((p) => p.trim() && addPath(p));
  if (spec === undefined || spec === null || spec === "") return tree;
  if (typeof spec === "string") addList(spec);
  else if (Array.isArray(spec)) spec.forEach((s) => addList(String(s)));
  else if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      if (typeof o.select === "string") addList(o.select);
      if (typeof o.expand === "string") addList(o.expand);
    } else {
      const walk = (obj: Record<string, unknown>, prefix: string) => {
        for (const [k, v] of Object.entries(obj)) {
          if (k.startsWith("$")) continue;
          if (v === true) addPath(prefix + k);
          else if (typeof v === "object" && v !== null) walk(v as Record<string, unknown>, `${prefix}${k}/`);
        }
      };
      walk(o, "");
    }
  }
  return tree;
}

function treeJson(tree: LoadTree): unknown {
  return Object.fromEntries([...tree].map(([k, v]) => [k, v === true ? 1 : treeJson(v)]));
}

/**
 * A collection (worksheets, tables, columns, charts, series): `items` after load, one proxy per
 * model object (kept across loads), loads of item properties ("items/name" or just "name").
 */
export abstract class CollectionObj<T, I, P extends ClientObj<I>> extends ClientObj<T> {
  private _items: P[] | undefined;
  private readonly _proxies = new Map<unknown, P>();

  protected abstract _list(target: T, exec: Exec): I[];

  /** A proxy of this collection's item type whose target `resolver` finds at sync time. */
  protected abstract _proxy(path: unknown[], resolver: (exec: Exec, parent: unknown) => I | null, options?: ObjectOptions<I>): P;

  protected _makeItem(item: I): P {
    return this._proxy(["item", this._key(item)], () => item, { preset: item });
  }

  /**
   * getItem / getItemOrNullObject / getItemAt: the item `find` picks when the sync runs. A miss
   * rejects the sync with ItemNotFound, or (nullable) gives a null object.
   */
  protected _lookup(method: string, key: unknown, find: (target: T, exec: Exec) => I | undefined, nullable = false, requires?: string): P {
    const where = `${this._className}.${method}`;
    return this._proxy([method, key], (exec, target) => {
      if (requires) exec.requireApi(requires, where);
      const item = find(target as T, exec);
      if (item !== undefined) return item;
      if (nullable) return null;
      throw itemNotFound(`${this._className.replace(/Collection$/, "")} ${JSON.stringify(key)} does not exist`, where);
    });
  }

  /** What identifies an item across loads (the item itself unless items are rebuilt each time). */
  protected _key(item: I): unknown {
    return item;
  }

  protected _scalars(): Record<string, ScalarDef<T>> {
    return {};
  }

  get items(): P[] {
    if (this._isNull === true || this._items === undefined) throw notLoaded(this._className, "items");
    return this._items;
  }

  get count(): number {
    return this._get<number>("count");
  }

  protected _itemProxy(item: I): P {
    const key = this._key(item);
    let p = this._proxies.get(key);
    if (!p) {
      p = this._makeItem(item);
      this._proxies.set(key, p);
    }
    return p;
  }

  override _snapshot(tree: LoadTree, target: T, exec: Exec): () => void {
    const itemTree: LoadTree = new Map();
    let all = tree.size === 0;
    for (const [k, v] of tree) {
      if (k === "items" && v === true) all = true;
      else if (k === "items" && v !== true) for (const [ik, iv] of v) itemTree.set(ik, iv);
      else if (k !== "count") itemTree.set(k, v);
    }
    if (all) itemTree.clear();
    const list = this._list(target, exec);
    const proxies = list.map((item) => this._itemProxy(item));
    const applies = proxies.map((p, i) => p._snapshot(itemTree, list[i], exec));
    return () => {
      this._isNull = false;
      this._items = proxies;
      this._props.count = list.length;
      for (const a of applies) a();
    };
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", [], (t, exec) => this._list(t, exec).length, "1.4");
  }

  override toJSON(): Record<string, unknown> {
    return { items: this._items?.map((p) => p.toJSON()) };
  }
}
