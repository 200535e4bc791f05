// Header and footer texts between Office.js (one text per left/center/right
// section) and .xlsx (one string with &L, &C and &R section codes; "&&" is a
// literal ampersand and other &-codes such as &P stay as they are).

export interface Sections {
  left: string;
  center: string;
  right: string;
}

export function joinSections(s: Sections): string {
  return (s.left ? `&L${s.left}` : "") + (s.center ? `&C${s.center}` : "") + (s.right ? `&R${s.right}` : "");
}

export function splitSections(text: string | undefined): Sections {
  const out: Sections = { left: "", center: "", right: "" };
  if (!text) return out;
  let section: keyof Sections = "center";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (ch === "&" && (next === "L" || next === "C" || next === "R")) {
      section = next === "L" ? "left" : next === "C" ? "center" : "right";
      i++;
      continue;
    }
    if (ch === "&" && next !== undefined) {
      out[section] += ch + next;
      i++;
      continue;
    }
    out[section] += ch;
  }
  return out;
}
