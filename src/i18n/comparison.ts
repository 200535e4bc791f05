// Swedish and English words for comparing an indicator's value with a comparison
// value (Jämförelsevärden): "lägre än riket (9 000)".

import type { Text } from "../base/text";

export const comparisonText = {
  lower: { sv: "lägre än {area} ({value})", en: "lower than {area} ({value})" },
  higher: { sv: "högre än {area} ({value})", en: "higher than {area} ({value})" },
  equal: { sv: "samma som {area} ({value})", en: "the same as {area} ({value})" },
  /** The report's sentence around the comparison phrase. */
  sentence: { sv: "år {year} var värdet {phrase}", en: "in {year} the value was {phrase}" },
  /** Riket in mid-sentence. */
  riket: { sv: "riket", en: "Sweden as a whole" },
} as const satisfies Record<string, Text>;
