// zod row schemas derived from the layout (TABLES): one per planning table, each
// column's type from its ColumnType or allowed list, required columns non-null.
// parsePlan validates every table's parsed rows against these in bulk.

import { z } from "zod";
import { LISTS, TABLES, type ColumnDef, type TableLayout, type TableName, type ValueOf } from "./layout";
import { EMAIL_PATTERN, YEAR_MAX, YEAR_MIN } from "./parse";

/** A parsed row that passed its schema: required columns hold a value, the others may be null. */
export type ValidRow<T extends TableName> = {
  [C in TableLayout<T>["columns"][number] as C["key"]]: C extends { required: true } ? ValueOf<C> : ValueOf<C> | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The zod type of one column's parsed (non-null) value. */
export function columnSchema(col: ColumnDef): z.ZodType {
  switch (col.type) {
    case "id":
    case "text":
    case "ref":
      return z.string().min(1);
    case "list": {
      const keys = (LISTS[col.list!] as readonly { key: string }[]).map((i) => i.key);
      return z.enum(keys as [string, ...string[]]);
    }
    case "date":
      return z.string().regex(ISO_DATE);
    case "year":
      return z.number().int().min(YEAR_MIN).max(YEAR_MAX);
    case "integer":
      return z.number().int();
    case "number":
    case "money":
      return z.number();
    case "email":
      return z.string().regex(EMAIL_PATTERN);
    case "yesno":
      return z.boolean();
  }
}

function rowSchema(columns: readonly ColumnDef[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const col of columns) shape[col.key] = col.required ? columnSchema(col) : columnSchema(col).nullable();
  return z.object(shape);
}

const BUILT: Record<string, z.ZodObject> = Object.fromEntries(TABLES.map((t) => [t.name, rowSchema(t.columns)]));

/** One row schema per planning table. */
export const ROW_SCHEMAS = BUILT as unknown as { readonly [T in TableName]: z.ZodType<ValidRow<T>> };

/** The schema of each column within its table's row schema (nullable where the column is optional). */
export function columnSchemas(table: TableName): Readonly<Record<string, z.ZodType>> {
  return BUILT[table].shape;
}
