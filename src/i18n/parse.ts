// Bilingual messages for values, tables and columns Rådsplan cannot read:
// each says what was expected and what to type instead.

import type { Text } from "../base/text";

/**
 * What a column of each readable type (workbook/layout's ColumnType but id, text, ref
 * and list) expects, and an example of what to type.
 */
const EXPECTED = {
  date: { what: { sv: "ett datum", en: "a date" }, example: { sv: "2025-03-01", en: "2025-03-01" } },
  year: {
    what: { sv: "ett årtal mellan 1900 och 2200", en: "a year between 1900 and 2200" },
    example: { sv: "2025", en: "2025" },
  },
  integer: { what: { sv: "ett heltal", en: "a whole number" }, example: { sv: "4", en: "4" } },
  number: { what: { sv: "ett tal", en: "a number" }, example: { sv: "1 234,5", en: "1234.5" } },
  money: { what: { sv: "ett belopp i kronor", en: "an amount in kronor" }, example: { sv: "25 000", en: "25000" } },
  email: { what: { sv: "en e-postadress", en: "an email address" }, example: { sv: "namn@kommun.se", en: "name@municipality.se" } },
  yesno: { what: { sv: "Ja eller Nej", en: "Yes or No" }, example: { sv: "Ja", en: "Yes" } },
} satisfies Record<string, { what: Text; example: Text }>;

export type ReadableType = keyof typeof EXPECTED;

const quoteSv = (s: string) => `”${s}”`;
const quoteEn = (s: string) => `“${s}”`;

/** A raw cell value as the user sees it, for quoting in a message. */
export function showRaw(raw: string | number | boolean): string {
  return typeof raw === "string" ? raw.trim() : String(raw);
}

export const PARSE_MESSAGES = {
  /** The value cannot be read as its column's type. */
  unreadable(type: ReadableType, raw: string | number | boolean): Text {
    const { what, example } = EXPECTED[type];
    const v = showRaw(raw);
    return {
      sv: `${quoteSv(v)} går inte att läsa som ${what.sv}. Skriv till exempel ${example.sv}.`,
      en: `${quoteEn(v)} cannot be read as ${what.en}. Type for example ${example.en}.`,
    };
  },

  /** A number such as "1.234" that could mean a whole number (thousands separator) or a decimal. */
  ambiguousNumber(raw: string, whole: string, decimalSv: string): Text {
    return {
      sv: `${quoteSv(raw)} kan betyda ${whole} eller ${decimalSv}. Skriv ${whole} för heltalet eller ${decimalSv} för decimaltalet (decimalkomma).`,
      en: `${quoteEn(raw)} can mean ${whole} or ${decimalSv.replace(",", ".")}. Type ${whole} for the whole number, or ${decimalSv} for the decimal (Swedish decimal comma).`,
    };
  },

  /** A date such as "1/3/2025" whose day and month order cannot be known. */
  ambiguousDate(raw: string, readings: string[]): Text {
    const example = readings[0] ?? "2025-03-01";
    const either = readings.length > 1;
    return {
      sv:
        `Datumet ${quoteSv(raw)} kan läsas som dag/månad eller månad/dag` +
        (either ? ` (${readings.join(" eller ")})` : "") +
        `. Skriv datumet som år-månad-dag, t.ex. ${example}.`,
      en:
        `The date ${quoteEn(raw)} can be read as day/month or month/day` +
        (either ? ` (${readings.join(" or ")})` : "") +
        `. Type the date as year-month-day, e.g. ${example}.`,
    };
  },

  /** A date that looks right but does not exist, e.g. 2025-02-30. */
  noSuchDate(raw: string): Text {
    return {
      sv: `Datumet ${quoteSv(raw)} finns inte i kalendern. Skriv ett riktigt datum som år-månad-dag, t.ex. 2025-03-01.`,
      en: `The date ${quoteEn(raw)} does not exist. Type a real date as year-month-day, e.g. 2025-03-01.`,
    };
  },

  /** A value outside its column's allowed list. */
  notInList(raw: string | number | boolean, labels: Text[]): Text {
    const v = showRaw(raw);
    return {
      sv: `${quoteSv(v)} finns inte bland de tillåtna värdena. Välj ett av: ${labels.map((l) => l.sv).join(", ")}.`,
      en: `${quoteEn(v)} is not one of the allowed values. Choose one of: ${labels.map((l) => l.en).join(", ")}.`,
    };
  },

  /** The cell shows an Excel error value such as #REF!. */
  excelError(raw: string): Text {
    // #BUSY!: Excel has not finished calculating, or (command line) the file saved no result
    // for the formula and Rådsplan cannot compute it
    if (raw === "#BUSY!") {
      return {
        sv: "Formelns värde är inte uträknat: filen har inget sparat resultat för den och Rådsplan kan inte räkna ut den utan Excel (eller så räknar Excel fortfarande). Öppna filen i Excel, låt den räkna klart, spara den och kontrollera igen.",
        en: "The formula's value is not calculated: the file holds no saved result for it and Rådsplan cannot compute it without Excel (or Excel is still calculating). Open the file in Excel, let it finish calculating, save it and check again.",
      };
    }
    return {
      sv: `Cellen visar Excel-felet ${raw}. Rätta formeln eller skriv in värdet direkt.`,
      en: `The cell shows the Excel error ${raw}. Fix the formula or type the value in directly.`,
    };
  },

  /** A required column is empty in a row that has other values. */
  required(header: Text): Text {
    return {
      sv: `Kolumnen ${quoteSv(header.sv)} måste fyllas i på varje rad som används. Fyll i den eller töm hela raden.`,
      en: `The column ${quoteEn(header.en)} must be filled in on every row in use. Fill it in or clear the whole row.`,
    };
  },

  /** A planning table is not in the workbook. */
  missingTable(table: string, sheet: string): Text {
    return {
      sv: `Tabellen ${quoteSv(table)} (bladet ${quoteSv(sheet)}) saknas. Kör Skapa struktur i Rådsplan, eller ge tabellen tillbaka namnet ${table} om den har döpts om.`,
      en: `The table ${quoteEn(table)} (sheet ${quoteEn(sheet)}) is missing. Run Create structure in Rådsplan, or give the table back the name ${table} if it was renamed.`,
    };
  },

  /** Two (or more) headers of a planning table stand for the same column. */
  duplicateColumn(table: string, sheet: string, found: { header: string; column: string }[]): Text {
    const sv = found.map((f) => `${quoteSv(f.header)} i kolumn ${f.column}`).join(" och ");
    const en = found.map((f) => `${quoteEn(f.header)} in column ${f.column}`).join(" and ");
    return {
      sv: `Tabellen ${table} på bladet ${quoteSv(sheet)} har samma kolumn två gånger: ${sv}. Rådsplan läser ingen av dem. Ta bort den ena eller ge den en egen rubrik.`,
      en: `The table ${table} on the sheet ${quoteEn(sheet)} has the same column twice: ${en}. Rådsplan reads neither. Delete one of them or give it a header of its own.`,
    };
  },

  /** A column of a planning table is missing, perhaps renamed. */
  missingColumn(table: string, sheet: string, header: string, unknownHeaders: string[]): Text {
    const sv = unknownHeaders.map(quoteSv).join(", ");
    const en = unknownHeaders.map(quoteEn).join(", ");
    return {
      sv:
        `Kolumnen ${quoteSv(header)} saknas i tabellen ${table} på bladet ${quoteSv(sheet)}. ` +
        (unknownHeaders.length ? `Om den har döpts om (okända rubriker: ${sv}), byt tillbaka rubriken; annars ` : "") +
        `lägg till kolumnen eller kör Skapa struktur i Rådsplan.`,
      en:
        `The column ${quoteEn(header)} is missing from the table ${table} on the sheet ${quoteEn(sheet)}. ` +
        (unknownHeaders.length ? `If it was renamed (unknown headers: ${en}), change the header back; otherwise ` : "") +
        `add the column or run Create structure in Rådsplan.`,
    };
  },

  /** A parsed value that the layout's schema rejects (a safety net; should not happen). */
  schemaRejected(raw: string | number | boolean, detail: string): Text {
    const v = showRaw(raw);
    return {
      sv: `${quoteSv(v)} kunde inte godkännas (${detail}). Kontrollera värdet och skriv det på nytt.`,
      en: `${quoteEn(v)} could not be accepted (${detail}). Check the value and type it again.`,
    };
  },
};
