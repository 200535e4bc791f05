// Range.text: a cell value shown through its number format, as Excel shows it
// with en-US separators ("General", "0", "0.0", "#,##0 \"kr\"", "0%",
// "yyyy-mm-dd", "@", sections "pos;neg;zero;text"). Column width is ignored
// (no "####"), and General shows up to 10 significant digits.

import { dateFromSerial } from "./serialDates";

type Scalar = string | number | boolean;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function formatValue(value: Scalar | "", format: string): string {
  if (value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = splitSections(format);
  if (typeof value === "string") {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.includes("@"));
    return textSection ? literalText(textSection).replace(/@/g, value) : value;
  }
  if (!Number.isFinite(value)) return "#NUM!";
  let section = sections[0] ?? "General";
  let x = value;
  let sign = "";
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    x = -value;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  } else if (value < 0) {
    x = -value;
    sign = "-";
  }
  const body = stripBrackets(section);
  if (body.trim() === "" && section !== "") return "";
  if (/^general$/i.test(body.trim()) || body.trim() === "") return sign + general(x);
  if (body.trim() === "@") return sign + general(x);
  if (isDateFormat(body)) return formatDate(value, body);
  const out = formatNumber(x, body);
  return /[1-9]/.test(out) ? sign + out : out;
}

/** Excel's General format: integers as they are, others to 10 significant digits, large or tiny ones in E notation. */
export function general(x: number): string {
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    const [m, e] = x.toExponential(5).split("e");
    const mant = m.includes(".") ? m.replace(/0+$/, "").replace(/\.$/, "") : m;
    const exp = Number(e);
    return `${mant}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (Number.isInteger(x)) return String(x);
  const s = String(Number(x.toPrecision(10)));
  return s.includes("e") ? Number(x.toPrecision(10)).toFixed(10).replace(/0+$/, "") : s;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      cur += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes colour, condition and locale brackets ("[Red]", "[>100]", "[$-41D]"); keeps elapsed-time ones. */
function stripBrackets(section: string): string {
  return section.replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
}

/** The literal text a section shows: quoted parts unquoted, escapes resolved, padding as spaces. */
function literalText(section: string): string {
  let out = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") {
      out += section[++i] ?? "";
    } else if (ch === "_") {
      out += " ";
      i++;
    } else if (ch === "*") {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end;
    } else out += ch;
  }
  return out;
}

function unquoted(section: string): string {
  return section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

function isDateFormat(section: string): boolean {
  const s = unquoted(section).replace(/General/gi, "");
  if (/[ydhs]/i.test(s)) return true;
  return /m/i.test(s) && !/[0#?]/.test(s);
}

function formatNumber(x: number, section: string): string {
  let prefix = "";
  let suffix = "";
  let intPattern = "";
  let fracPattern = "";
  let seenPlaceholder = false;
  let seenPoint = false;
  let grouping = false;
  let percent = 0;
  let scale = 0;
  let exponent: string | null = null;
  const lit = (s: string) => {
    if (!seenPlaceholder) prefix += s;
    else suffix += s;
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      lit(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end;
    } else if (ch === "\\") lit(section[++i] ?? "");
    else if (ch === "_") {
      lit(" ");
      i++;
    } else if (ch === "*") i++;
    else if (ch === "0" || ch === "#" || ch === "?") {
      if (suffix && exponent === null) {
        // literal between placeholders (e.g. "000-000"): keep it in place
        if (seenPoint) fracPattern += `'${suffix}`;
        else intPattern += `'${suffix}`;
        suffix = "";
      }
      seenPlaceholder = true;
      if (exponent !== null) exponent += ch;
      else if (seenPoint) fracPattern += ch;
      else intPattern += ch;
    } else if (ch === "." && !seenPoint && exponent === null) {
      seenPoint = true;
      seenPlaceholder = true;
    } else if (ch === "," && seenPlaceholder && !seenPoint) {
      if (/[0#?]/.test(section.slice(i + 1).replace(/"[^"]*"/g, "").split(".")[0] ?? "")) grouping = true;
      else scale++;
    } else if ((ch === "E" || ch === "e") && /[+-]/.test(section[i + 1] ?? "") && seenPlaceholder) {
      exponent = section[i + 1];
      i++;
    } else if (ch === "%") {
      percent++;
      lit("%");
    } else lit(ch);
  }
  let v = x * 100 ** percent / 1000 ** scale;
  const decimals = fracPattern.replace(/'[^0#?]*/g, "").length;
  let expText = "";
  if (exponent !== null) {
    const digits = exponent.length - 1;
    let e = v === 0 ? 0 : Math.floor(Math.log10(v));
    let m = v / 10 ** e;
    if (round(m, decimals) >= 10) {
      e += 1;
      m = v / 10 ** e;
    }
    v = m;
    const sign = e < 0 ? "-" : exponent[0] === "+" ? "+" : "";
    expText = `E${sign}${String(Math.abs(e)).padStart(digits, "0")}`;
  }
  const [intDigits, fracDigits = ""] = round(v, decimals).toFixed(decimals).split(".");
  const intOut = fillInteger(intDigits, intPattern, grouping);
  const fracOut = fillFraction(fracDigits, fracPattern);
  const point = seenPoint ? "." : "";
  return prefix + intOut + point + fracOut + expText + suffix;
}

function round(v: number, decimals: number): number {
  return Number(`${Math.round(Number(`${v}e${decimals}`))}e-${decimals}`);
}

function fillInteger(digits: string, pattern: string, grouping: boolean): string {
  const literals: { at: number; text: string }[] = [];
  let placeholders = "";
  for (const part of pattern.split(/('[^0#?]*)/)) {
    if (part.startsWith("'")) literals.push({ at: placeholders.length, text: part.slice(1) });
    else placeholders += part;
  }
  const minDigits = placeholders.replace(/#/g, "").length;
  let d = digits === "0" && minDigits === 0 ? "" : digits;
  d = d.padStart(minDigits, "0");
  if (literals.length > 0) {
    // place literals counting placeholders from the right
    const chars = d.split("");
    const fromRight = literals.map((l) => ({ pos: placeholders.length - l.at, text: l.text }));
    for (const l of fromRight.sort((a, b) => a.pos - b.pos)) {
      const at = chars.length - l.pos;
      if (at >= 0) chars.splice(at, 0, l.text);
    }
    return chars.join("");
  }
  if (grouping) d = d.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return d;
}

function fillFraction(digits: string, pattern: string): string {
  const clean = pattern.replace(/'[^0#?]*/g, "");
  const required = clean.replace(/[#?]+$/, "").length;
  let d = digits;
  while (d.length > required && d.endsWith("0")) d = d.slice(0, -1);
  return d;
}

function formatDate(serial: number, section: string): string {
  const p = dateFromSerial(serial);
  const tokens = tokenizeDate(section);
  const hasAmPm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    const prev = tokens.slice(0, i).reverse().find((x) => /^[hms]/i.test(x))?.toLowerCase();
    const next = tokens.slice(i + 1).find((x) => /^[hms]/i.test(x))?.toLowerCase();
    const minutes = lower.startsWith("m") && (prev?.startsWith("h") || next?.startsWith("s"));
    if (lower === "yyyy" || lower === "yyy") out += String(p.year);
    else if (lower === "yy" || lower === "y") out += String(p.year % 100).padStart(2, "0");
    else if (minutes) out += lower.length >= 2 ? String(p.minutes).padStart(2, "0") : String(p.minutes);
    else if (lower === "mmmmm") out += MONTHS[p.month - 1][0];
    else if (lower === "mmmm") out += MONTHS[p.month - 1];
    else if (lower === "mmm") out += MONTHS[p.month - 1].slice(0, 3);
    else if (lower === "mm") out += String(p.month).padStart(2, "0");
    else if (lower === "m") out += String(p.month);
    else if (lower === "dddd") out += DAYS[p.weekday];
    else if (lower === "ddd") out += DAYS[p.weekday].slice(0, 3);
    else if (lower === "dd") out += String(p.day).padStart(2, "0");
    else if (lower === "d") out += String(p.day);
    else if (lower.startsWith("h")) {
      const h = hasAmPm ? ((p.hours + 11) % 12) + 1 : p.hours;
      out += lower.length >= 2 ? String(h).padStart(2, "0") : String(h);
    } else if (lower.startsWith("s")) out += lower.length >= 2 ? String(p.seconds).padStart(2, "0") : String(p.seconds);
    else if (lower === "am/pm") out += p.hours < 12 ? "AM" : "PM";
    else if (lower === "a/p") out += p.hours < 12 ? "A" : "P";
    else out += t;
  }
  return out;
}

function tokenizeDate(section: string): string[] {
  const tokens: string[] = [];
  for (let i = 0; i < section.length; ) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      tokens.push(section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "\\") {
      tokens.push(section[i + 1] ?? "");
      i += 2;
    } else if (/^(am\/pm|a\/p)/i.test(section.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(section.slice(i))![0];
      tokens.push(m);
      i += m.length;
    } else if (/[ymdhs]/i.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push(section.slice(i, j));
      i = j;
    } else if (ch === "_" || ch === "*") {
      tokens.push(ch === "_" ? " " : "");
      i += 2;
    } else {
      tokens.push(ch);
      i++;
    }
  }
  return tokens;
}
