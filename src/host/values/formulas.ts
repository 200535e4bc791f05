// The computed value of a formula cell, for the simple formulas the host
// supports: constants, arithmetic (+ - * / ^ & %, comparisons), references
// (A1, A1:B2, Sheet!A1, Table[Column], INDIRECT("...")) and the functions in
// FUNCTIONS (SUM, AVERAGE, MIN, MAX, COUNT, COUNTA, COUNTIF, SUMIF, IF,
// IFERROR, AND, OR, NOT, ROUND, ABS, LEN, TRIM, UPPER, LOWER, CONCAT(ENATE),
// TEXT, HYPERLINK, DATE, YEAR, MONTH, DAY, TODAY, ROWS, COLUMNS, ISBLANK,
// ISNUMBER, ISTEXT). Anything else cannot be computed (evaluateFormula gives
// null; the formula itself is stored and read back unchanged). Also: the
// areas a formula reads (formulaReferences) and moving relative references.

import { columnIndexOf, columnLetter } from "../../base/a1";
import { parseRef } from "../addresses";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../model/rect";
import { formatValue } from "../../base/numberFormat";
import { dateFromSerial, serialFromDate } from "../../base/dateSerial";
import { tokenize, type Token } from "./formulaSyntax";

export { formulaSyntaxError } from "./formulaSyntax";

type Scalar = string | number | boolean;
type Cell = Scalar | "";

/** What a formula may look at. `sheet` undefined means the formula's own sheet. */
export interface FormulaEnv {
  area(sheet: string | undefined, rect: Rect): Cell[][];
  /** The cells a structured reference (Table[spec]) stands for. */
  structured(table: string, spec: string): { sheet: string; rect: Rect } | null;
  today(): number;
}

interface Err {
  err: string;
}
interface Area {
  sheet?: string;
  rect: Rect;
}
type V = Scalar | Err | Area;

class Unsupported extends Error {}

const isErr = (v: unknown): v is Err => typeof v === "object" && v !== null && "err" in v;
const isArea = (v: unknown): v is Area => typeof v === "object" && v !== null && "rect" in v;

type Node =
  | { k: "lit"; v: V }
  | { k: "ref"; sheet?: string; ref: string }
  | { k: "struct"; table: string; spec: string }
  | { k: "call"; name: string; args: (Node | null)[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node }
  | { k: "pct"; a: Node };

const parsed = new Map<string, Node | null>();

function parsedFormula(formula: string): Node | null {
  let node = parsed.get(formula);
  if (node === undefined) {
    node = parseFormula(formula.slice(1));
    if (parsed.size > 50_000) parsed.clear();
    parsed.set(formula, node);
  }
  return node;
}

/** The value Range.values shows for `formula`, or null when the host cannot compute it. */
export function evaluateFormula(formula: string, env: FormulaEnv): Cell | null {
  const node = parsedFormula(formula);
  if (!node) return null;
  try {
    const v = scalar(evaluate(node, env), env);
    if (isErr(v)) return v.err;
    return typeof v === "number" ? (Number.isFinite(v) ? v + 0 : "#NUM!") : v;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** A cell area a formula reads; `sheet` undefined means the formula's own sheet. */
export interface FormulaArea {
  sheet?: string;
  rect: Rect;
}

/**
 * The areas `formula` reads (structured references resolved through `env`), or null
 * when they cannot be known: a formula the host cannot parse, or one that finds its
 * cells at run time (INDIRECT, OFFSET) or through a defined name.
 */
export function formulaReferences(formula: string, env: Pick<FormulaEnv, "structured">): FormulaArea[] | null {
  const node = parsedFormula(formula);
  if (!node) return null;
  const out: FormulaArea[] = [];
  const walk = (n: Node | null): boolean => {
    if (!n) return true;
    switch (n.k) {
      case "lit":
        return true;
      case "ref": {
        const r = parseRef(n.ref);
        if (r) out.push(n.sheet !== undefined ? { sheet: n.sheet, rect: r.rect } : { rect: r.rect });
        return true;
      }
      case "struct": {
        const s = env.structured(n.table, n.spec);
        if (s) out.push({ sheet: s.sheet, rect: s.rect });
        return true;
      }
      case "neg":
      case "pct":
        return walk(n.a);
      case "bin":
        return walk(n.a) && walk(n.b);
      case "call":
        return n.name !== "INDIRECT" && n.name !== "OFFSET" && n.args.every(walk);
    }
  };
  return walk(node) ? out : null;
}

// ---- parsing ---------------------------------------------------------------

function parseFormula(body: string): Node | null {
  const toks = tokenize(body);
  let p = 0;
  const peek = (): Token | undefined => toks[p];
  const isOp = (...ops: string[]) => {
    const t = peek();
    return t?.t === "op" && ops.includes(t.v);
  };
  const bin = (next: () => Node, ...ops: string[]) => (): Node => {
    let a = next();
    while (isOp(...ops)) {
      const op = (toks[p++] as { v: string }).v;
      a = { k: "bin", op, a, b: next() };
    }
    return a;
  };
  const primary = (): Node => {
    const t = toks[p++];
    if (!t) throw new Unsupported();
    switch (t.t) {
      case "num":
      case "str":
      case "bool":
        return { k: "lit", v: t.v };
      case "err":
        return { k: "lit", v: { err: t.v } };
      case "ref":
        return { k: "ref", ...(t.sheet !== undefined ? { sheet: t.sheet } : {}), ref: t.ref };
      case "struct":
        return { k: "struct", table: t.table, spec: t.spec };
      case "(": {
        const e = expr();
        if (peek()?.t !== ")") throw new Unsupported();
        p++;
        return e;
      }
      case "func": {
        const args: (Node | null)[] = [];
        if (peek()?.t === ")") {
          p++;
          return { k: "call", name: t.name, args };
        }
        for (;;) {
          const n = peek();
          args.push(n?.t === "," || n?.t === ")" ? null : expr());
          const sep = toks[p++];
          if (sep?.t === ")") break;
          if (sep?.t !== ",") throw new Unsupported();
        }
        return { k: "call", name: t.name, args };
      }
      default:
        throw new Unsupported();
    }
  };
  const postfix = (): Node => {
    let a = primary();
    while (isOp("%")) {
      p++;
      a = { k: "pct", a };
    }
    return a;
  };
  const unary = (): Node => {
    if (isOp("-")) {
      p++;
      return { k: "neg", a: unary() };
    }
    if (isOp("+")) {
      p++;
      return unary();
    }
    return postfix();
  };
  const power = bin(unary, "^");
  const mult = bin(power, "*", "/");
  const add = bin(mult, "+", "-");
  const concat = bin(add, "&");
  const expr = bin(concat, "=", "<>", "<", ">", "<=", ">=");
  try {
    const n = expr();
    return p === toks.length ? n : null;
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

// ---- evaluation ------------------------------------------------------------

function evaluate(n: Node, env: FormulaEnv): V {
  switch (n.k) {
    case "lit":
      return n.v;
    case "ref": {
      const r = parseRef(n.ref);
      if (!r) return { err: "#REF!" };
      return n.sheet !== undefined ? { sheet: n.sheet, rect: r.rect } : { rect: r.rect };
    }
    case "struct": {
      const s = env.structured(n.table, n.spec);
      return s ? { sheet: s.sheet, rect: s.rect } : { err: "#REF!" };
    }
    case "neg": {
      const v = num(evaluate(n.a, env), env);
      return isErr(v) ? v : -v;
    }
    case "pct": {
      const v = num(evaluate(n.a, env), env);
      return isErr(v) ? v : v / 100;
    }
    case "bin":
      return binary(n.op, evaluate(n.a, env), evaluate(n.b, env), env);
    case "call": {
      const f = FUNCTIONS[n.name];
      if (!f) throw new Unsupported();
      return f(n.args.map((a) => (a ? evaluate(a, env) : "")), env);
    }
  }
}

function cells(v: V, env: FormulaEnv): Cell[][] {
  if (isArea(v)) return env.area(v.sheet, v.rect);
  return [[isErr(v) ? v.err : v]];
}

function scalar(v: V, env: FormulaEnv): Scalar | Err {
  if (!isArea(v)) return v;
  const c = env.area(v.sheet, { ...v.rect, r1: v.rect.r0, c1: v.rect.c0 })[0][0];
  return c === "" ? 0 : errOf(c) ?? c;
}

const ERRORS = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|BUSY!)$/;
function errOf(c: Cell): Err | null {
  return typeof c === "string" && ERRORS.test(c) ? { err: c } : null;
}

function num(v: V, env: FormulaEnv): number | Err {
  const s = scalar(v, env);
  if (isErr(s)) return s;
  if (typeof s === "number") return s;
  if (typeof s === "boolean") return s ? 1 : 0;
  if (s.trim() === "") return 0;
  const n = Number(s.replace(/,/g, ""));
  return Number.isFinite(n) ? n : { err: "#VALUE!" };
}

function text(v: V, env: FormulaEnv): string | Err {
  const s = scalar(v, env);
  if (isErr(s)) return s;
  if (typeof s === "boolean") return s ? "TRUE" : "FALSE";
  return typeof s === "number" ? formatValue(s, "General", "en") : s;
}

function binary(op: string, a: V, b: V, env: FormulaEnv): V {
  if (op === "&") {
    const x = text(a, env);
    const y = text(b, env);
    return isErr(x) ? x : isErr(y) ? y : x + y;
  }
  if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
    const x = scalar(a, env);
    const y = scalar(b, env);
    if (isErr(x)) return x;
    if (isErr(y)) return y;
    const c = compare(x, y);
    return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  }
  const x = num(a, env);
  const y = num(b, env);
  if (isErr(x)) return x;
  if (isErr(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return y === 0 ? { err: "#DIV/0!" } : x / y;
    default:
      return x ** y;
  }
}

/** Excel's ordering: numbers < text < booleans; text compares case-insensitively. */
function compare(x: Scalar, y: Scalar): number {
  const rank = (v: Scalar) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === "string") return x.toLowerCase().localeCompare(String(y).toLowerCase());
  return Number(x) - Number(y);
}

/** Every value of the arguments: areas cell by cell, others as given. */
function* values(args: V[], env: FormulaEnv): Generator<{ v: Cell; fromArea: boolean }> {
  for (const a of args) {
    if (isArea(a)) for (const row of cells(a, env)) for (const v of row) yield { v, fromArea: true };
    else yield { v: isErr(a) ? a.err : a, fromArea: false };
  }
}

/** Numbers as SUM counts them: numbers in areas, and numeric arguments given directly. */
function numbers(args: V[], env: FormulaEnv): number[] | Err {
  const out: number[] = [];
  for (const { v, fromArea } of values(args, env)) {
    const e = errOf(v);
    if (e) return e;
    if (typeof v === "number") out.push(v);
    else if (!fromArea && v !== "") {
      const n = num(v, env);
      if (isErr(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function criterion(c: Scalar): (v: Cell) => boolean {
  const m = typeof c === "string" ? /^(<>|<=|>=|=|<|>)?(.*)$/.exec(c)! : null;
  const op = m?.[1] ?? "=";
  const raw: Scalar = m ? m[2] : c;
  const target: Scalar = typeof raw === "string" && raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  return (v) => {
    if (v === "" && target !== "") return op === "<>";
    if (typeof target === "number" && typeof v !== "number") return op === "<>";
    const d = compare(v === "" ? "" : v, target);
    return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
  };
}

type Fn = (args: V[], env: FormulaEnv) => V;

const aggregate = (f: (xs: number[]) => V): Fn => (args, env) => {
  const xs = numbers(args, env);
  return isErr(xs) ? xs : f(xs);
};

const unaryText = (f: (s: string) => V): Fn => (args, env) => {
  const s = text(args[0] ?? "", env);
  return isErr(s) ? s : f(s);
};

const dateParts = (pick: (p: ReturnType<typeof dateFromSerial>) => number): Fn => (args, env) => {
  const n = num(args[0] ?? "", env);
  return isErr(n) ? n : pick(dateFromSerial(n));
};

const FUNCTIONS: Record<string, Fn> = {
  SUM: aggregate((xs) => xs.reduce((a, b) => a + b, 0)),
  AVERAGE: aggregate((xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : { err: "#DIV/0!" })),
  MIN: aggregate((xs) => (xs.length ? Math.min(...xs) : 0)),
  MAX: aggregate((xs) => (xs.length ? Math.max(...xs) : 0)),
  COUNT: (args, env) => [...values(args, env)].filter(({ v }) => typeof v === "number").length,
  COUNTA: (args, env) => [...values(args, env)].filter(({ v }) => v !== "").length,
  COUNTBLANK: (args, env) => [...values(args, env)].filter(({ v }) => v === "").length,
  COUNTIF: (args, env) => {
    const c = scalar(args[1] ?? "", env);
    if (isErr(c)) return c;
    const test = criterion(c);
    return [...values([args[0]], env)].filter(({ v }) => test(v)).length;
  },
  SUMIF: (args, env) => {
    const c = scalar(args[1] ?? "", env);
    if (isErr(c) || !isArea(args[0])) return isErr(c) ? c : { err: "#VALUE!" };
    const test = criterion(c);
    const tested = cells(args[0], env).flat();
    const summed = args[2] !== undefined ? cells(args[2], env).flat() : tested;
    return tested.reduce<number>((s, v, i) => (test(v) && typeof summed[i] === "number" ? s + (summed[i] as number) : s), 0);
  },
  IF: (args, env) => {
    const c = scalar(args[0] ?? false, env);
    if (isErr(c)) return c;
    const truthy = typeof c === "string" ? c !== "" : Boolean(c);
    return truthy ? (args[1] ?? true) : (args[2] ?? false);
  },
  IFERROR: (args, env) => {
    const v = scalar(args[0] ?? "", env);
    return isErr(v) ? (args[1] ?? "") : v;
  },
  AND: (args, env) => [...values(args, env)].every(({ v }) => v === "" || Boolean(v)),
  OR: (args, env) => [...values(args, env)].some(({ v }) => v !== "" && Boolean(v)),
  NOT: (args, env) => {
    const v = scalar(args[0] ?? false, env);
    return isErr(v) ? v : !v;
  },
  ROUND: (args, env) => {
    const x = num(args[0] ?? 0, env);
    const d = num(args[1] ?? 0, env);
    if (isErr(x)) return x;
    if (isErr(d)) return d;
    const f = 10 ** Math.trunc(d);
    return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
  },
  ABS: (args, env) => {
    const x = num(args[0] ?? 0, env);
    return isErr(x) ? x : Math.abs(x);
  },
  LEN: unaryText((s) => s.length),
  TRIM: unaryText((s) => s.trim().replace(/ +/g, " ")),
  UPPER: unaryText((s) => s.toUpperCase()),
  LOWER: unaryText((s) => s.toLowerCase()),
  CONCATENATE: (args, env) => {
    let out = "";
    for (const a of args) {
      const s = text(a, env);
      if (isErr(s)) return s;
      out += s;
    }
    return out;
  },
  CONCAT: (args, env) => {
    let out = "";
    for (const { v } of values(args, env)) out += typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : typeof v === "number" ? formatValue(v, "General", "en") : v;
    return out;
  },
  TEXT: (args, env) => {
    const v = scalar(args[0] ?? "", env);
    const f = text(args[1] ?? "", env);
    if (isErr(v)) return v;
    return isErr(f) ? f : formatValue(v, f, "en");
  },
  HYPERLINK: (args, env) => scalar(args.length > 1 ? args[1] : (args[0] ?? ""), env),
  DATE: (args, env) => {
    const [y, m, d] = [0, 1, 2].map((i) => num(args[i] ?? 0, env));
    if (isErr(y)) return y;
    if (isErr(m)) return m;
    if (isErr(d)) return d;
    return serialFromDate(y < 1900 ? y + 1900 : y, 1, 1) + monthOffsetDays(y < 1900 ? y + 1900 : y, m) + d - 1;
  },
  YEAR: dateParts((p) => p.year),
  MONTH: dateParts((p) => p.month),
  DAY: dateParts((p) => p.day),
  TODAY: (_args, env) => env.today(),
  ROWS: (args) => (isArea(args[0]) ? args[0].rect.r1 - args[0].rect.r0 + 1 : 1),
  COLUMNS: (args) => (isArea(args[0]) ? args[0].rect.c1 - args[0].rect.c0 + 1 : 1),
  ISBLANK: (args, env) => isArea(args[0]) && cells(args[0], env)[0][0] === "",
  ISNUMBER: (args, env) => typeof scalar(args[0] ?? "", env) === "number",
  ISTEXT: (args, env) => {
    const v = isArea(args[0]) ? cells(args[0], env)[0][0] : scalar(args[0] ?? "", env);
    return typeof v === "string" && v !== "" && !errOf(v);
  },
  INDIRECT: (args, env) => {
    const t = text(args[0] ?? "", env);
    if (isErr(t)) return t;
    const r = parseRef(t);
    if (r) return r.sheet !== undefined ? { sheet: r.sheet, rect: r.rect } : { rect: r.rect };
    const m = /^([^[\]]+)\[(.*)\]$/.exec(t.trim());
    const s = m ? env.structured(m[1], m[2]) : null;
    return s ? { sheet: s.sheet, rect: s.rect } : { err: "#REF!" };
  },
};

/** Days from 1 January of `year` to the first of month `month` (which may overflow, as DATE allows). */
function monthOffsetDays(year: number, month: number): number {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return serialFromDate(y, m, 1) - serialFromDate(year, 1, 1);
}

// ---- moving references -----------------------------------------------------

/** `formula` as it reads in a cell `dr` rows and `dc` columns away: relative references move, "$" ones stay. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const body = formula.slice(1);
  let out = "";
  let last = 0;
  for (const t of tokenize(body)) {
    if (t.t !== "ref") continue;
    out += body.slice(last, t.at) + shiftRef(t.ref, dr, dc);
    last = t.e;
  }
  return "=" + out + body.slice(last);
}

function shiftRef(ref: string, dr: number, dc: number): string {
  const col = (abs: string, letters: string): string | null => {
    if (abs) return abs + letters;
    const ci = columnIndexOf(letters) + dc;
    return ci < 0 || ci >= MAX_COLUMNS ? null : columnLetter(ci);
  };
  const row = (abs: string, digits: string): string | null => {
    if (abs) return abs + digits;
    const ri = Number(digits) + dr;
    return ri < 1 || ri > MAX_ROWS ? null : String(ri);
  };
  const parts = ref.split(":").map((part) => {
    let m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(part);
    if (m) {
      const c = col(m[1], m[2]);
      const r = row(m[3], m[4]);
      return c === null || r === null ? null : c + r;
    }
    if ((m = /^(\$?)([A-Za-z]{1,3})$/.exec(part))) return col(m[1], m[2]);
    if ((m = /^(\$?)(\d+)$/.exec(part))) return row(m[1], m[2]);
    return part;
  });
  return parts.some((p) => p === null) ? "#REF!" : parts.join(":");
}
