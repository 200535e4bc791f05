// Colours as Office.js takes them ("#RRGGBB", "#RGB" or an HTML colour name)
// and reports them ("#RRGGBB", upper case).

import { invalidArgument } from "../errors";

const NAMED: Record<string, string> = {
  black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00",
  orange: "#FFA500", purple: "#800080", gray: "#808080", grey: "#808080", silver: "#C0C0C0", navy: "#000080",
  teal: "#008080", maroon: "#800000", olive: "#808000", lime: "#00FF00", aqua: "#00FFFF", fuchsia: "#FF00FF",
  darkblue: "#00008B", darkgreen: "#006400", darkred: "#8B0000", lightgray: "#D3D3D3", lightgrey: "#D3D3D3",
  lightblue: "#ADD8E6", lightgreen: "#90EE90", pink: "#FFC0CB", brown: "#A52A2A",
};

export function normaliseColor(input: unknown, where: string): string {
  if (typeof input === "string") {
    const s = input.trim();
    const named = NAMED[s.toLowerCase()];
    if (named) return named;
    if (/^#[0-9a-f]{6}$/i.test(s)) return s.toUpperCase();
    if (/^#[0-9a-f]{3}$/i.test(s)) return ("#" + [...s.slice(1)].map((h) => h + h).join("")).toUpperCase();
  }
  throw invalidArgument(`${JSON.stringify(input)} is not a colour; use "#RRGGBB" (e.g. "#1F4E79") or an HTML colour name.`, where);
}
