// Test helper: the Office error code a promise rejects with (or a function throws).

export async function rejectionCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
  throw new Error("expected a rejection, but the promise resolved");
}

export function thrownCode(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code ?? `no code: ${String(e)}`;
  }
  throw new Error("expected an error, but nothing was thrown");
}
