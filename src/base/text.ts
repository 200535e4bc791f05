// The bottom layer's words: the two languages Rådsplan speaks and a piece of
// user-facing text in both. Every folder may import this; it imports nothing.

export type Lang = "sv" | "en";

/** A piece of user-facing text in both languages. */
export interface Text {
  sv: string;
  en: string;
}
