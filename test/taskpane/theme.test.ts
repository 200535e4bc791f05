// The pane follows Office's theme: a dark body background gives Fluent's dark theme.

import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkBackground, themeFor } from "../../src/taskpane/theme";

test.each([
  ["#000000", true],
  ["#262626", true], // Office "Black"
  ["#333", true],
  ["#ffffff", false], // Office "White"
  ["#E6E6E6", false], // Office "Colorful"
  ["#666666", true], // Office "Dark Gray": white text reads better on it than black
  ["#808080", false], // a lighter mid grey: black text reads better
  ["not a colour", false],
  [undefined, false],
])("Office body background %s is dark: %s", (color, dark) => {
  expect(isDarkBackground(color)).toBe(dark);
  expect(themeFor(color)).toBe(dark ? webDarkTheme : webLightTheme);
});
