// jsdom setup for task-pane tests: jest-dom matchers and the browser APIs Fluent UI needs.
import "@testing-library/jest-dom";

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

// Browsers have TextEncoder/TextDecoder (the Excel layer measures request sizes with them);
// jest's jsdom environment does not expose them, so lend Node's.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
