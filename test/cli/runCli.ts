// Runs the command line in tests: in this process (main with captured output)
// or as a real child process through bin/radsplan.js, from the TypeScript sources.

import { execFile } from "node:child_process";
import * as path from "node:path";
import type { CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export const REPO = path.resolve(__dirname, "../..");
export const BIN = path.join(REPO, "bin", "radsplan.js");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `radsplan <argv>` in this process with captured output. */
export async function runCli(argv: string[], options: { cwd: string; today?: string; tty?: boolean; env?: Record<string, string> }): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stderrIsTTY: options.tty ?? false,
    cwd: options.cwd,
    today: () => options.today ?? "2025-05-01",
    env: options.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Runs `node bin/radsplan.js <argv>` as a child process, from the TypeScript sources. */
export function spawnCli(argv: string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...argv],
      { cwd: options.cwd, env: { ...process.env, RADSPLAN_FROM_SOURCE: "1", FORCE_COLOR: "0", ...options.env }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Makes `name` in `dir` the way a user would: `radsplan init <name> --example [--lang]`. */
export async function exampleWorkbook(dir: string, name: string, lang: "sv" | "en" = "sv"): Promise<string> {
  const result = await runCli(["init", name, "--example", "--lang", lang], { cwd: dir });
  if (result.code !== 0) throw new Error(`init --example failed: ${result.stderr}`);
  return path.join(dir, name);
}
