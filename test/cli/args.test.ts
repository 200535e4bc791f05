// The command line's arguments: what each command accepts, and a clear,
// bilingual refusal (never an exception) for everything it does not.
import { parseCommand, requestedLang } from "../../src/cli/args";
import { CliFailure } from "../../src/cli/say";

/** The refusal parseCommand gives for `argv` (fails the test when it accepts them). */
function refusal(argv: string[]): CliFailure {
  try {
    parseCommand(argv);
  } catch (err) {
    if (err instanceof CliFailure) return err;
    throw err;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
}

describe("parseCommand", () => {
  it("reads each command with its options, in any order", () => {
    expect(parseCommand(["init", "plan.xlsx", "--example", "--lang", "en"])).toEqual({
      kind: "init",
      file: "plan.xlsx",
      lang: "en",
      example: true,
    });
    expect(parseCommand(["--json", "check", "a.xlsx", "b.xlsx", "--year=2024", "--date", "2025-02-01"])).toEqual({
      kind: "check",
      files: ["a.xlsx", "b.xlsx"],
      year: 2024,
      date: "2025-02-01",
      json: true,
      progress: false,
      lang: undefined,
    });
    expect(parseCommand(["report", "p.xlsx", "--year", "2024", "--out", "copy.xlsx", "--docx", "r.docx"])).toMatchObject({
      kind: "report",
      file: "p.xlsx",
      year: 2024,
      out: "copy.xlsx",
      docx: "r.docx",
    });
  });

  it("takes a file name that starts with a dash after --", () => {
    expect(parseCommand(["check", "--", "-odd.xlsx"])).toMatchObject({ files: ["-odd.xlsx"] });
  });

  it("answers --help and --version before anything else", () => {
    expect(parseCommand(["--help"])).toEqual({ kind: "help", lang: undefined });
    expect(parseCommand(["check", "-h", "--lang", "en"])).toEqual({ kind: "help", lang: "en" });
    expect(parseCommand(["--version"])).toEqual({ kind: "version" });
  });

  it.each([
    [[], /Ange ett kommando/, /Give a command/],
    [["frobnicate", "x.xlsx"], /Okänt kommando ”frobnicate”/, /Unknown command “frobnicate”/],
    [["check", "a.xlsx", "--bogus"], /Okänd flagga ”--bogus” för check/, /Unknown option “--bogus” for check/],
    [["init", "a.xlsx", "--year", "2024"], /Okänd flagga ”--year” för init/, /“--year” for init/],
    [["check", "a.xlsx", "--year"], /--year behöver ett värde/, /--year needs a value/],
    [["check", "a.xlsx", "--year", "--json"], /--year behöver ett värde/, /--year needs a value/],
    [["check", "a.xlsx", "--year", "24"], /”24” är inget år/, /“24” is not a year/],
    [["check", "a.xlsx", "--date", "2025-02-30"], /”2025-02-30” är inget datum/, /not a date/],
    [["check", "a.xlsx", "--date", "1/3/2025"], /ÅÅÅÅ-MM-DD/, /YYYY-MM-DD/],
    [["check", "a.xlsx", "--lang", "de"], /Välj sv eller en/, /Choose sv or en/],
    [["check", "a.xlsx", "--json=yes"], /--json tar inget värde/, /--json takes no value/],
    [["check", "a.xlsx", "--json", "--json"], /mer än en gång/, /more than once/],
    [["check"], /Ange vilken .xlsx-fil check/, /Name the .xlsx file check/],
    [["init", "a.xlsx", "b.xlsx"], /en fil i taget, men fick 2/, /one file at a time, but got 2/],
    [["report", "a.xlsx"], /--year 2025/, /needs the year/],
  ])("refuses %j with a reason in both languages", (argv, sv, en) => {
    const failure = refusal(argv);
    expect(failure.exitCode).toBe(2);
    expect(failure.reason.sv).toMatch(sv);
    expect(failure.reason.en).toMatch(en);
  });
});

describe("requestedLang", () => {
  it("finds a valid --lang wherever it is, so argument errors can be in that language", () => {
    expect(requestedLang(["check", "--bogus", "--lang", "en"])).toBe("en");
    expect(requestedLang(["check", "--lang=sv"])).toBe("sv");
    expect(requestedLang(["check", "--lang", "de"])).toBeUndefined();
    expect(requestedLang(["check", "--", "--lang", "en"])).toBeUndefined();
  });
});
