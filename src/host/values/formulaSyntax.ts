// Reading formula text: the tokenizer shared by the evaluator (formulas.ts)
// and reference shifting (a formula written to many cells at once moves its
// relative references, like Ctrl+Enter in Excel), plus the basic syntax check
// Excel applies before it accepts a formula.

export type Token =
  | { t: "num"; v: number; s: number; e: number }
  | { t: "str"; v: string; s: number; e: number }
  | { t: "bool"; v: boolean; s: number; e: number }
  | { t: "err"; v: string; s: number; e: number }
  /** `at` is where the A1 part starts (after any sheet prefix). */
  | { t: "ref"; sheet?: string; ref: string; at: number; s: number; e: number }
  | { t: "struct"; table: string; spec: string; s: number; e: number }
  | { t: "func"; name: string; s: number; e: number }
  | { t: "name"; name: string; s: number; e: number }
  | { t: "op"; v: string; s: number; e: number }
  | { t: "(" | ")" | "," | "unknown"; s: number; e: number };

const WS = /\s+/y;
const STR = /"(?:[^"]|"")*"/y;
const ERR = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!)/iy;
const SHEET = /(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/y;
const END = "(?![\\w.(\\[!\\u00C0-\\uFFFF])";
const CELLREF = new RegExp(`\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?${END}`, "y");
const COLREF = new RegExp(`\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}${END}`, "y");
const ROWREF = new RegExp(`\\$?\\d+:\\$?\\d+${END}`, "y");
const NUM = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENT = /[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*/y;
const OPS = ["<>", "<=", ">=", "=", "<", ">", "+", "-", "*", "/", "^", "&", "%"];

function match(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** The closing "]" matching the "[" at `at`, or -1. */
function closingBracket(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    if (text[i] === "'") i++;
    else if (text[i] === "[") depth++;
    else if (text[i] === "]" && --depth === 0) return i;
  }
  return -1;
}

/** Tokens of a formula body (without the leading "="). Unknown characters become "unknown" tokens. */
export function tokenize(body: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const s = i;
    let m: string | null;
    if ((m = match(WS, body, i))) {
      i += m.length;
      continue;
    }
    if ((m = match(STR, body, i))) {
      i += m.length;
      out.push({ t: "str", v: m.slice(1, -1).replace(/""/g, '"'), s, e: i });
      continue;
    }
    if ((m = match(ERR, body, i))) {
      i += m.length;
      out.push({ t: "err", v: m.toUpperCase(), s, e: i });
      continue;
    }
    const sheet = match(SHEET, body, i);
    const at = i + (sheet?.length ?? 0);
    const ref = match(ROWREF, body, at) ?? match(CELLREF, body, at) ?? match(COLREF, body, at);
    if (ref && (sheet || !match(IDENT, body, i) || match(IDENT, body, i)!.length <= ref.length)) {
      i = at + ref.length;
      const sheetName = sheet ? unquoteSheet(sheet.slice(0, -1)) : undefined;
      out.push({ t: "ref", ...(sheetName !== undefined ? { sheet: sheetName } : {}), ref, at, s, e: i });
      continue;
    }
    if ((m = match(NUM, body, i))) {
      i += m.length;
      out.push({ t: "num", v: Number(m), s, e: i });
      continue;
    }
    if ((m = match(IDENT, body, i))) {
      i += m.length;
      if (body[i] === "(") {
        i++;
        out.push({ t: "func", name: m.toUpperCase(), s, e: i });
      } else if (body[i] === "[") {
        const close = closingBracket(body, i);
        const end = close < 0 ? body.length : close + 1;
        out.push({ t: "struct", table: m, spec: body.slice(i + 1, end - 1), s, e: end });
        i = end;
      } else if (/^(TRUE|FALSE)$/i.test(m)) out.push({ t: "bool", v: m.toUpperCase() === "TRUE", s, e: i });
      else out.push({ t: "name", name: m, s, e: i });
      continue;
    }
    const op = OPS.find((o) => body.startsWith(o, i));
    if (op) {
      i += op.length;
      out.push({ t: "op", v: op, s, e: i });
      continue;
    }
    const ch = body[i];
    i++;
    if (ch === "@") continue; // implicit intersection: no effect here
    out.push({ t: ch === "(" || ch === ")" || ch === "," ? ch : "unknown", s, e: i });
  }
  return out;
}

function unquoteSheet(s: string): string {
  return s.startsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** Why Excel would refuse `formula` ("=..."), or null when it looks well-formed. */
export function formulaSyntaxError(formula: string): string | null {
  const body = formula.slice(1);
  if (body.trim() === "") return "it has nothing after the equals sign";
  let depth = 0;
  let inString = false;
  let inQuote = false;
  let brackets = 0;
  for (const ch of body) {
    if (inString) {
      if (ch === '"') inString = false;
      continue;
    }
    if (inQuote) {
      if (ch === "'") inQuote = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === "'" && brackets === 0) inQuote = true;
    else if (ch === "[") brackets++;
    else if (ch === "]") brackets--;
    else if (brackets === 0 && ch === "(") depth++;
    else if (brackets === 0 && ch === ")" && --depth < 0) return "a closing parenthesis has no opening one";
  }
  if (inString) return "a text in quotes is not closed";
  if (inQuote) return "a sheet name in quotes is not closed";
  if (depth !== 0) return "a parenthesis is not closed";
  if (brackets !== 0) return "a bracket is not closed";
  return null;
}
