// Task-pane DOM test helpers on Testing Library: render and clean up with
// @testing-library/react, fire events and wait with its act()-wrapped helpers, and
// find elements the way a user or screen reader does (role and accessible name, via
// dom-accessibility-api as Testing Library does, or visible text). The queries skip
// Testing Library's computed-style visibility check, which jsdom runs very slowly on
// Fluent UI's many style rules: elements inside `hidden` or aria-hidden count as hidden.

import type { ReactNode } from "react";
import { cleanup as rtlCleanup, fireEvent, render, waitFor as rtlWaitFor } from "@testing-library/react";
import { computeAccessibleName, getRole } from "dom-accessibility-api";

/**
 * Hidden from users: inside a `hidden` or aria-hidden element (closed tab panels,
 * Fluent's invisible layout helpers).
 */
function isInaccessible(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute("hidden") || node.getAttribute("aria-hidden") === "true") return true;
  }
  return false;
}

/** Renders `ui` into a fresh container in the document (Testing Library's render). */
export async function mount(ui: ReactNode): Promise<HTMLElement> {
  return render(ui).container;
}

/** Unmounts everything mount() rendered and empties the document. */
export async function cleanup(): Promise<void> {
  rtlCleanup();
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
  fireEvent.click(el);
}

/** Picks an option of a <select> by its value. */
export async function choose(select: HTMLElement, value: string): Promise<void> {
  if (!(select instanceof HTMLSelectElement)) throw new Error("choose() needs a <select>");
  fireEvent.change(select, { target: { value } });
}

/** Retries `assertion` (letting React and promises run) until it passes or `timeout` ms have passed. */
export async function waitFor<T>(assertion: () => T, timeout = 4000): Promise<T> {
  return rtlWaitFor(assertion, { timeout, interval: 10 });
}
