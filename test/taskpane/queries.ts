// A small stand-in for Testing Library in the task-pane DOM tests (the installed
// @testing-library/react needs @testing-library/dom, which is not installed):
// render with React's act(), find elements the way a user or screen reader does
// (by role and accessible name, or by visible text), click, pick options, wait.

import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { computeAccessibleName, getRole } from "dom-accessibility-api";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const roots: Root[] = [];

/**
 * Hidden from users: inside a `hidden` or aria-hidden element (closed tab panels,
 * Fluent's invisible layout helpers). Cheaper than computing styles, which jsdom
 * does slowly with Fluent's many style rules.
 */
function isInaccessible(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute("hidden") || node.getAttribute("aria-hidden") === "true") return true;
  }
  return false;
}

/** Renders `ui` into a fresh container in the document. */
export async function mount(ui: ReactNode): Promise<HTMLElement> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  roots.push(root);
  await act(async () => root.render(ui));
  return container;
}

/** Unmounts everything mount() rendered and empties the document. */
export async function cleanup(): Promise<void> {
  for (const root of roots.splice(0)) await act(async () => root.unmount());
  document.body.innerHTML = "";
}

const normalise = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();
const matches = (value: string, want: string | RegExp) =>
  typeof want === "string" ? normalise(value) === want : want.test(normalise(value));

/** Accessible elements with this role (explicit or implicit) and, if given, this accessible name. */
export function allByRole(role: string, name?: string | RegExp, root: Element = document.body): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>("*")).filter(
    (el) =>
      getRole(el) === role &&
      !isInaccessible(el) &&
      (name === undefined || matches(computeAccessibleName(el), name)),
  );
}

/** The one accessible element with this role and name; fails the test otherwise. */
export function byRole(role: string, name?: string | RegExp, root: Element = document.body): HTMLElement {
  const found = allByRole(role, name, root);
  if (found.length !== 1) {
    const present = allByRole(role, undefined, root).map((el) => `"${computeAccessibleName(el)}"`);
    throw new Error(`expected one ${role} named ${String(name)}, found ${found.length}; ${role}s: ${present.join(", ")}`);
  }
  return found[0];
}

/** Visible elements whose own text (all of it, whitespace normalised) matches, innermost first. */
export function allByText(text: string | RegExp, root: Element = document.body): HTMLElement[] {
  const hits = Array.from(root.querySelectorAll<HTMLElement>("*")).filter(
    (el) => !isInaccessible(el) && matches(el.textContent ?? "", text),
  );
  return hits.filter((el) => !hits.some((other) => other !== el && el.contains(other)));
}

/** The one element showing this text; fails the test otherwise. */
export function byText(text: string | RegExp, root: Element = document.body): HTMLElement {
  const found = allByText(text, root);
  if (found.length !== 1) throw new Error(`expected one element with text ${String(text)}, found ${found.length}`);
  return found[0];
}

export const hasText = (text: string | RegExp, root: Element = document.body) => allByText(text, root).length > 0;

/** Clicks like a user does (nothing happens on a disabled control). */
export async function click(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  });
}

/** Picks an option of a <select> by its value. */
export async function choose(select: HTMLElement, value: string): Promise<void> {
  if (!(select instanceof HTMLSelectElement)) throw new Error("choose() needs a <select>");
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

/** Retries `assertion` (letting React and promises run) until it passes or `timeout` ms have passed. */
export async function waitFor<T>(assertion: () => T, timeout = 4000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return assertion();
    } catch (err) {
      if (Date.now() - start > timeout) throw err;
    }
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
  }
}
