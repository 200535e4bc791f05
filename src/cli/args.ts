// Reads the command line (node:util parseArgs, in its token mode) into one of
// the commands, checking every option and value on the way. Anything wrong
// becomes a CliFailure with a bilingual reason, never an exception.

import { parseArgs } from "node:util";
import { argText } from "../i18n/cli";
import { isLang } from "../i18n";
import { isIsoDate } from "../rules/dates";
import type { Lang } from "../workbook/layout";
import { fail } from "./say";

export type Command =
  | { kind: "help"; lang?: Lang }
  | { kind: "version" }
  | { kind: "init"; file: string; lang?: Lang; example: boolean }
  | { kind: "check"; files: string[]; year?: number; date?: string; json: boolean; progress: boolean; lang?: Lang }
  | { kind: "report"; file: string; year: number; out?: string; docx?: string; replace: boolean; lang?: Lang }
  | {
      kind: "kolada";
      file: string;
      municipality?: string;
      group?: string;
      years?: { from: number; to: number };
      year?: number;
      date?: string;
      out?: string;
      dryRun: boolean;
      /** --replace: an existing --out (or --docx) file may be written over. */
      replace: boolean;
      lang?: Lang;
    };

type OptionKind = "string" | "boolean";

/** Every option any command knows, with its type and an example value for the messages. */
const OPTIONS = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  lang: { type: "string", example: "sv" },
  example: { type: "boolean" },
  year: { type: "string", example: "2025" },
  date: { type: "string", example: "2025-03-01" },
  json: { type: "boolean" },
  progress: { type: "boolean" },
  out: { type: "string", example: "plan-2.xlsx" },
  docx: { type: "string", example: "plan.docx" },
  municipality: { type: "string", example: "2480" },
  group: { type: "string", example: "G124026" },
  years: { type: "string", example: "2015-2025" },
  "dry-run": { type: "boolean" },
  replace: { type: "boolean" },
} as const satisfies Record<string, { type: OptionKind; short?: string; example?: string }>;

type OptionName = keyof typeof OPTIONS;

const GLOBAL: readonly OptionName[] = ["help", "version", "lang"];

/** The options each command accepts besides the global ones. */
const COMMAND_OPTIONS = {
  init: ["example"],
  check: ["year", "date", "json", "progress"],
  report: ["year", "out", "docx", "replace"],
  kolada: ["municipality", "group", "years", "year", "date", "out", "dry-run", "replace"],
} as const satisfies Record<string, readonly OptionName[]>;

type CommandName = keyof typeof COMMAND_OPTIONS;

const isCommandName = (s: string): s is CommandName => Object.prototype.hasOwnProperty.call(COMMAND_OPTIONS, s);

interface Scanned {
  positionals: string[];
  values: Partial<Record<OptionName, string | true>>;
}

/** The language asked for with --lang, when it is a valid one (so even argument errors can be in it). */
export function requestedLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    const value = a.startsWith("--lang=") ? a.slice(7) : a === "--lang" ? argv[i + 1] : undefined;
    if (isLang(value)) return value;
  }
  return undefined;
}

/**
 * Splits argv into positionals (the first is the command) and option values,
 * accepting only the options `allowedFor` the command allows.
 */
function scan(argv: readonly string[], allowedFor: (command: string | undefined) => readonly OptionName[]): Scanned {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const out: Scanned = { positionals: [], values: {} };
  const command = tokens.find((t) => t.kind === "positional")?.value;
  const allowed = allowedFor(command);
  for (const token of tokens) {
    if (token.kind === "positional") {
      out.positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;
    const name = token.name as OptionName;
    const def = (OPTIONS as Record<string, { type: OptionKind; example?: string }>)[token.name];
    if (!def || !allowed.includes(name))
      throw fail(argText.unknownOption, { option: token.rawName, command: command ?? "radsplan" });
    if (out.values[name] !== undefined) throw fail(argText.repeatedOption, { option: token.rawName });
    if (def.type === "boolean") {
      if (token.value !== undefined) throw fail(argText.unexpectedValue, { option: token.rawName });
      out.values[name] = true;
    } else {
      const value = token.value;
      const looksLikeOption = !token.inlineValue && value !== undefined && value.startsWith("--");
      if (value === undefined || value === "" || looksLikeOption)
        throw fail(argText.missingValue, { option: token.rawName, example: def.example ?? "" });
      out.values[name] = value;
    }
  }
  return out;
}

function stringValue(s: Scanned, name: OptionName): string | undefined {
  const v = s.values[name];
  return typeof v === "string" ? v : undefined;
}

function langOption(s: Scanned): Lang | undefined {
  const value = stringValue(s, "lang");
  if (value === undefined) return undefined;
  if (!isLang(value)) throw fail(argText.badLang, { value });
  return value;
}

/** A follow-up year: four digits, 1900–2200 like the workbook's year columns. */
function yearOption(s: Scanned): number | undefined {
  const value = stringValue(s, "year");
  if (value === undefined) return undefined;
  const year = /^\d{4}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!(year >= 1900 && year <= 2200)) throw fail(argText.badYear, { value });
  return year;
}

function dateOption(s: Scanned): string | undefined {
  const value = stringValue(s, "date");
  if (value === undefined) return undefined;
  if (!isIsoDate(value.trim())) throw fail(argText.badDate, { value });
  return value.trim();
}

/** A span of years "2015-2025" (or one year), each 1900–2200, the first not after the last. */
function yearsOption(s: Scanned): { from: number; to: number } | undefined {
  const value = stringValue(s, "years");
  if (value === undefined) return undefined;
  const m = /^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$/.exec(value);
  const from = m ? Number(m[1]) : NaN;
  const to = m ? Number(m[2] ?? m[1]) : NaN;
  if (!(from >= 1900 && to <= 2200 && from <= to)) throw fail(argText.badYears, { value });
  return { from, to };
}

/** The command's single file argument. */
function oneFile(s: Scanned, command: CommandName): string {
  if (s.positionals.length === 0) throw fail(argText.missingFile, { command });
  if (s.positionals.length > 1) throw fail(argText.oneFileOnly, { command, n: s.positionals.length });
  return s.positionals[0];
}

/** Parses the arguments after "radsplan". Throws CliFailure (exit 2) on anything it cannot accept. */
export function parseCommand(argv: readonly string[]): Command {
  const scanned = scan(argv, (name) => (name !== undefined && isCommandName(name) ? [...GLOBAL, ...COMMAND_OPTIONS[name]] : GLOBAL));
  const name = scanned.positionals.shift();
  const lang = langOption(scanned);
  if (scanned.values.help || name === "help") return { kind: "help", lang };
  if (scanned.values.version) return { kind: "version" };
  if (name === undefined) throw fail(argText.missingCommand, {});
  if (!isCommandName(name)) throw fail(argText.unknownCommand, { command: name });
  const command = name;

  switch (command) {
    case "init":
      return { kind: "init", file: oneFile(scanned, command), lang, example: scanned.values.example === true };
    case "check": {
      if (scanned.positionals.length === 0) throw fail(argText.missingFile, { command });
      return {
        kind: "check",
        files: scanned.positionals,
        year: yearOption(scanned),
        date: dateOption(scanned),
        json: scanned.values.json === true,
        progress: scanned.values.progress === true,
        lang,
      };
    }
    case "report": {
      const file = oneFile(scanned, command);
      const year = yearOption(scanned);
      if (year === undefined) throw fail(argText.yearRequired, {});
      return { kind: "report", file, year, out: stringValue(scanned, "out"), docx: stringValue(scanned, "docx"), replace: scanned.values.replace === true, lang };
    }
    case "kolada":
      return {
        kind: "kolada",
        file: oneFile(scanned, command),
        municipality: stringValue(scanned, "municipality"),
        group: stringValue(scanned, "group"),
        years: yearsOption(scanned),
        year: yearOption(scanned),
        date: dateOption(scanned),
        out: stringValue(scanned, "out"),
        dryRun: scanned.values["dry-run"] === true,
        replace: scanned.values.replace === true,
        lang,
      };
  }
}
