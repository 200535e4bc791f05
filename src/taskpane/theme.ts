// Picks the Fluent UI theme that matches Office's: dark when Office's body
// background is dark, light otherwise (and when Office reports no theme).

import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance (0 black – 1 white) of a "#RRGGBB" or "#RGB" colour; undefined when unreadable. */
export function luminance(color: string): number | undefined {
  const hex = color.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((ch) => ch + ch).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Whether Office's body background colour is a dark one: white text contrasts
 * better with it than black (WCAG contrast; the two are equal at luminance ≈ 0.179).
 */
export function isDarkBackground(bodyBackgroundColor?: string): boolean {
  const l = bodyBackgroundColor ? luminance(bodyBackgroundColor) : undefined;
  return l !== undefined && 1.05 / (l + 0.05) > (l + 0.05) / 0.05;
}

/** The Fluent theme for Office's body background colour. */
export function themeFor(bodyBackgroundColor?: string): Theme {
  return isDarkBackground(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
