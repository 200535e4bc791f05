// Lints each fixture in ./fixtures as if it stood at the path its first line names
// ("// as: src/rules/fixture.ts"), with the project's eslint.config.mjs, and prints
// { fixtures: { fixture: [rule ids] }, layers: LAYERS, folders: [folders of src/] } as JSON. Run by boundaries.test.ts in a plain Node process
// (ESLint loads its ESM config there without Jest's VM).

import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import process from "node:process";
import { ESLint } from "eslint";
import { LAYERS } from "../../eslint.config.mjs";

const root = resolve(import.meta.dirname, "../..");
const dir = join(import.meta.dirname, "fixtures");
const eslint = new ESLint({ cwd: root });
const out = {};
const folders = readdirSync(join(root, "src"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts.txt")).sort()) {
  const code = readFileSync(join(dir, name), "utf8");
  const as = /^\/\/ as: (\S+)/.exec(code)?.[1];
  if (!as) throw new Error(`${name}: first line must say "// as: src/<path>.ts"`);
  const [result] = await eslint.lintText(code, { filePath: join(root, as) });
  out[name] = result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}
process.stdout.write(JSON.stringify({ fixtures: out, layers: LAYERS, folders }));
