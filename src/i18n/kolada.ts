// Swedish and English texts of Hämta statistik (Kolada): what the fetch could not
// do and what to do about it, the notes added rows carry, and the outcome. `{name}`
// marks a placeholder that tr() fills in.

import type { Text } from "../base/text";
import type { Plural } from "./plural";

export const koladaErrors = {
  unreachable: {
    sv: "Kolada ({url}) gick inte att nå: ingen nätverksanslutning, eller så stoppade en brandvägg eller proxy anropet. Kontrollera anslutningen, eller ange kommunens proxy i inställningen koladaUrl ({detail}).",
    en: "Kolada ({url}) could not be reached: no network connection, or a firewall or proxy stopped the request. Check the connection, or set your municipality's proxy in the koladaUrl setting ({detail}).",
  },
  unreachableBrowser: {
    sv: "Kolada ({url}) gick inte att nå. Antingen saknas nätverk, eller så vägrade webbläsaren anropet (CORS: adressen tillåter inte anrop från tillägget). Kontrollera anslutningen, eller ange en proxy som tillåter det i inställningen koladaUrl.",
    en: "Kolada ({url}) could not be reached. Either there is no network, or the browser refused the request (CORS: the address does not allow calls from the add-in). Check the connection, or set a proxy that allows it in the koladaUrl setting.",
  },
  timeout: {
    sv: "Kolada svarade inte inom {seconds} sekunder ({attempts} försök). Försök igen om en stund.",
    en: "Kolada did not answer within {seconds} seconds ({attempts} attempts). Try again in a while.",
  },
  busy: {
    sv: "Kolada ber oss vänta (för många anrop, HTTP 429) även efter {attempts} försök. Försök igen om en stund.",
    en: "Kolada asks us to wait (too many requests, HTTP 429) even after {attempts} attempts. Try again in a while.",
  },
  server: {
    sv: "Kolada svarade med ett serverfel (HTTP {status}) även efter {attempts} försök. Försök igen senare.",
    en: "Kolada answered with a server error (HTTP {status}) even after {attempts} attempts. Try again later.",
  },
  http: {
    sv: "Kolada svarade HTTP {status} på {url}. Kontrollera adressen i inställningen koladaUrl (tomt = {defaultUrl}).",
    en: "Kolada answered HTTP {status} to {url}. Check the address in the koladaUrl setting (empty = {defaultUrl}).",
  },
  format: {
    sv: "Kolada svarade med något som inte är ett Kolada-svar ({url}). Kontrollera adressen i inställningen koladaUrl.",
    en: "Kolada answered with something that is not a Kolada response ({url}). Check the address in the koladaUrl setting.",
  },
  unknownMunicipality: {
    sv: "Kolada känner inte till kommunen {id}. Välj kommunen i listan (kommunkoden har fyra siffror, t.ex. 2480 för Umeå).",
    en: "Kolada does not know the municipality {id}. Pick the municipality from the list (the code has four digits, e.g. 2480 for Umeå).",
  },
  unknownGroup: {
    sv: "Kolada känner inte till kommungruppen {id}. Välj gruppen i listan, eller lämna den tom.",
    en: "Kolada does not know the municipality group {id}. Pick the group from the list, or leave it empty.",
  },
} as const satisfies Record<string, Text>;

export const koladaText = {
  /** Kommentar of an added row. */
  source: { sv: "Kolada {kpi}, hämtad {date}", en: "Kolada {kpi}, fetched {date}" },
  sourcePreliminary: { sv: "Kolada {kpi}, preliminärt värde, hämtad {date}", en: "Kolada {kpi}, preliminary value, fetched {date}" },
  /** Counted by {total}. */
  sourceGroup: {
    one: {
      sv: "Kolada {kpi}, ovägt medel av {n} av {total} kommun, hämtad {date}",
      en: "Kolada {kpi}, unweighted mean of {n} of {total} municipality, fetched {date}",
    },
    other: {
      sv: "Kolada {kpi}, ovägt medel av {n} av {total} kommuner, hämtad {date}",
      en: "Kolada {kpi}, unweighted mean of {n} of {total} municipalities, fetched {date}",
    },
  },
  /** Appended to the Kommentar of a row whose value the user chose to replace. */
  replaced: { sv: "ersatt med {source}; tidigare {old}", en: "replaced by {source}; was {old}" },
  riket: { sv: "Riket", en: "Riket (Sweden)" },
} as const satisfies Record<string, Text | Plural>;

export const koladaNotices = {
  needsMunicipality: {
    sv: "Välj kommunen först (Kolada-kommun), t.ex. 2480 för Umeå.",
    en: "Choose the municipality first (Kolada municipality), e.g. 2480 for Umeå.",
  },
  badMunicipality: {
    sv: "”{value}” är ingen kommunkod. Kolada använder fyra siffror, t.ex. 2480 för Umeå.",
    en: "“{value}” is not a municipality code. Kolada uses four digits, e.g. 2480 for Umeå.",
  },
  badGroup: {
    sv: "”{value}” är inget id för en kommungrupp i Kolada (t.ex. G124026).",
    en: "“{value}” is not a Kolada municipality group id (e.g. G124026).",
  },
  noLinkedIndicators: {
    sv: "Ingen indikator har ett Kolada-KPI. Fyll i kolumnen Kolada-KPI på bladet Indikatorer (sök fram nyckeltalet under Hämta statistik), eller kör Skapa planeringsstruktur om kolumnen saknas.",
    en: "No indicator has a Kolada KPI. Fill in the Kolada KPI column of the Indicators sheet (look the key figure up under Fetch statistics), or run Create planning structure if the column is missing.",
  },
  noIndicatorsTable: {
    sv: "Arbetsboken har ingen tabell Indicators. Kör Skapa planeringsstruktur först.",
    en: "The workbook has no Indicators table. Run Create planning structure first.",
  },
  noSuchIndicator: {
    sv: "Indikatorn {id} finns inte längre på bladet Indikatorer. Läs in på nytt.",
    en: "The indicator {id} is no longer on the Indicators sheet. Reload.",
  },
  unknownKpis: {
    sv: "Kolada känner inte till {kpis}. Kontrollera kolumnen Kolada-KPI (regel DATA-07).",
    en: "Kolada does not know {kpis}. Check the Kolada KPI column (rule DATA-07).",
  },
  blocked: {
    sv: "Under tabellen {table} på bladet {sheet} finns celler med innehåll där de nya raderna skulle hamna. Flytta dem och försök igen; inget har ändrats.",
    en: "Below the table {table} on the sheet {sheet} there are cells with content where the new rows would go. Move them and try again; nothing was changed.",
  },
  totalsRow: {
    sv: "Tabellen {table} på bladet {sheet} visar en summarad, och de nya raderna skulle hamna i den. Stäng av summaraden (Tabelldesign → Summarad), hämta igen och slå sedan på den; inget har ändrats.",
    en: "The table {table} on the sheet {sheet} shows a total row, and the new rows would go into it. Switch the total row off (Table Design → Total Row), fetch again and then switch it back on; nothing was changed.",
  },
  structureUpgraded: {
    sv: "Arbetsboken fick först det som saknades av struktur version 2 (kolumnen Kolada-KPI, bladet Jämförelsevärden).",
    en: "The workbook first got what it lacked of layout version 2 (the Kolada KPI column, the Comparisons sheet).",
  },
} as const satisfies Record<string, Text>;
