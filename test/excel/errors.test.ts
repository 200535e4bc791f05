// Office errors and refusals become bilingual messages that say what to do.
import { toUserMessage, UserError } from "../../src/excel/errors";

const officeError = (code: string) => Object.assign(new Error("raw " + code), { code });

describe("toUserMessage", () => {
  it.each([
    ["ItemNotFound", /Skapa struktur/, /Create structure/],
    ["RequestPayloadSizeLimitExceeded", /5 MB/, /5 MB/],
    ["InvalidArgument", /försök igen/, /try again/],
    ["PropertyNotLoaded", /ladda om/, /reload/],
    ["GeneralException", /ladda om tillägget/, /reload the add-in/],
    ["InvalidOperationInCellEditMode", /Enter eller Esc/, /Enter or Esc/],
    ["AccessDenied", /skydd/, /protect/i],
  ])("explains %s in Swedish and English", (code, sv, en) => {
    const msg = toUserMessage(officeError(code));
    expect(msg.sv).toMatch(sv);
    expect(msg.en).toMatch(en);
    expect(msg.sv).not.toBe(msg.en);
    expect(msg.en).not.toContain("raw ");
  });

  it("passes a UserError's own message through", () => {
    const err = new UserError({ sv: "Öppna en tom arbetsbok.", en: "Open an empty workbook." });
    expect(toUserMessage(err)).toEqual({ sv: "Öppna en tom arbetsbok.", en: "Open an empty workbook." });
    expect(String(err)).toBe("UserError: Open an empty workbook.");
  });

  it("gives a generic message naming the cause for anything else, and never throws", () => {
    expect(toUserMessage(officeError("SomethingNew")).en).toContain("(SomethingNew)");
    expect(toUserMessage(new TypeError("x is undefined")).sv).toContain("(x is undefined)");
    for (const odd of [undefined, null, 42, "text", { code: 7 }]) {
      const msg = toUserMessage(odd);
      expect(msg.sv).toMatch(/Försök igen/);
      expect(msg.en).toMatch(/Try again/);
    }
  });
});
