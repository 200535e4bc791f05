// What the pane tells the user about a failure: a UserError's own bilingual text,
// otherwise a generic bilingual message that names the error.

import { UserError } from "../../src/excel/errors";
import { errorText } from "../../src/taskpane/errors";

test("a UserError's message is shown as it is", () => {
  const message = { sv: "Tabellen är inte tom.", en: "The table is not empty." };
  expect(errorText(new UserError(message))).toEqual(message);
});

test("any other error gets the generic message with the error's own text", () => {
  const text = errorText(new Error("Socket closed"));
  expect(text.sv).toMatch(/^Något oväntat gick fel\..*Socket closed$/);
  expect(text.en).toMatch(/^Something unexpected went wrong\..*Socket closed$/);
});

test("an Office error's code is named", () => {
  const err = Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" });
  expect(errorText(err).en).toContain("ItemNotFound");
});

test("odd thrown values still give a message", () => {
  expect(errorText("boom").sv).toContain("boom");
  expect(errorText(undefined).en).toContain("unknown error");
  expect(errorText({}).sv).toContain("okänt fel");
});
