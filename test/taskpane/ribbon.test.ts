// The ribbon's function file: every registered command is associated with Office
// under its id, runs with the Excel services, and always completes its event (Office
// keeps the button busy until then), also when the command fails.

import { associateAll, runCommand, type CommandEvent } from "../../src/commands/associate";
import type { RibbonCommand, RibbonContext } from "../../src/commands/registry";
import { UserError } from "../../src/excel/errors";

const context: RibbonContext = {
  run: () => Promise.reject(new Error("no Excel in this test")),
  caps: { isSetSupported: () => true },
  lang: "sv",
};

function event(): CommandEvent & { completions: number } {
  const e = { completions: 0, completed: () => void (e.completions += 1) };
  return e;
}

test("associateAll registers each command under its id and runs its handler", async () => {
  const ran: string[] = [];
  const commands: RibbonCommand[] = ["runChecks", "other"].map((id) => ({
    id,
    load: async () => ({ default: async (ctx) => void ran.push(`${id}:${ctx.lang}`) }),
  }));
  const registered = new Map<string, (e: CommandEvent) => void>();
  associateAll(commands, (id, handler) => registered.set(id, handler), () => context);
  expect([...registered.keys()]).toEqual(["runChecks", "other"]);

  const e = event();
  registered.get("runChecks")!(e);
  await new Promise((r) => setTimeout(r, 0));
  expect(ran).toEqual(["runChecks:sv"]);
  expect(e.completions).toBe(1);
});

describe("a failing command", () => {
  let logged: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    logged = [];
    spy = jest.spyOn(console, "error").mockImplementation((msg: string) => void logged.push(msg));
  });
  afterEach(() => spy.mockRestore());

  test("still completes its event and logs the bilingual message", async () => {
    const message = { sv: "Skapa strukturen först.", en: "Create the structure first." };
    const e = event();
    const failure = await runCommand(
      { id: "runChecks", load: async () => ({ default: async () => Promise.reject(new UserError(message)) }) },
      e,
      () => context,
    );
    expect(failure).toBeInstanceOf(UserError);
    expect(e.completions).toBe(1);
    expect(logged).toEqual(["Rådsplan runChecks: Skapa strukturen först. / Create the structure first."]);
  });

  test("whose module cannot load still completes its event", async () => {
    const e = event();
    await runCommand({ id: "runChecks", load: () => Promise.reject(new Error("ChunkLoadError")) }, e, () => context);
    expect(e.completions).toBe(1);
    expect(logged[0]).toContain("ChunkLoadError");
  });
});
