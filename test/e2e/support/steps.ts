// Helpers the end-to-end tests share: numbered screenshots per test in
// test-output/e2e/<test-name>/, and the axe-core accessibility scan.

import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ROOT } from "./build";

/** Takes numbered screenshots into test-output/e2e/<name>/ (emptied first). */
export function screenshots(name: string): (page: Page, step: string) => Promise<string> {
  const dir = path.join(ROOT, "test-output", "e2e", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let n = 0;
  return async (page, step) => {
    n += 1;
    const file = path.join(dir, `${String(n).padStart(2, "0")}-${step}.png`);
    await page.screenshot({ path: file, fullPage: false });
    return file;
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Fluent UI's focus manager (tabster) puts focusable, aria-hidden "dummy" elements
 * around tab lists and dialogs on purpose: they only pass focus on and must stay
 * hidden from screen readers. axe reports them under aria-hidden-focus; Microsoft's
 * own scanners suppress exactly these nodes (microsoft/accessibility-insights-web#7605,
 * microsoft/tabster#288), and so do we: every other node of that rule still counts.
 */
function isTabsterDummy(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && /data-tabster-dummy|data-is-focus-trap-zone-bumper/.test(html);
}

/** Runs axe-core in the page over `selector` and returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page, selector = "body"): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(sel, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((node) => ({ target: node.target, html: node.html.slice(0, 200) })),
    }));
  }, selector);
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((node) => !isTabsterDummy(v.id, node.html)) }))
    .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"));
}

/** A readable list of violations for a failing assertion's message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `   ${n.target.join(" ")}  ${n.html}`).join("\n")}`)
    .join("\n");
}
