// A short, stable digest of the data a finding rests on. An acknowledgement
// stores it, and drops off as soon as that data (and so the digest) changes.

/** Two 32-bit multiplicative hashes (FNV-1a and a mixed variant) of `data`'s JSON, as 12 base-36 characters. */
export function fingerprint(data: unknown): string {
  const text = JSON.stringify(data) ?? "";
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 0x01000193);
    h2 = Math.imul(h2 ^ code, 0x5bd1e995) ^ (h1 >>> 15);
  }
  const part = (h: number) => (h >>> 0).toString(36).padStart(7, "0").slice(-6);
  return part(h1) + part(h2);
}
