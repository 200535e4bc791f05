// The Struktur view's table: each planning sheet with its state (present,
// missing, or missing which columns).

import {
  Badge,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { TableStatus } from "../../excel/api";
import { useT } from "../lang";
import { structure } from "../../i18n/ui";

function StateBadge({ status }: { status: TableStatus }) {
  const t = useT();
  switch (status.state) {
    case "present":
      return <Badge appearance="tint" color="success">{t(structure.present)}</Badge>;
    case "missing":
      return <Badge appearance="tint" color="danger">{t(structure.missing)}</Badge>;
    case "missingColumns":
      return (
        <Badge appearance="tint" color="warning" shape="rounded" style={{ height: "auto", whiteSpace: "normal" }}>
          {t(structure.missingColumns, { columns: status.missingColumns.join(", ") })}
        </Badge>
      );
  }
}

export function StructureTable({ tables }: { tables: readonly TableStatus[] }) {
  const t = useT();
  return (
    <Table size="small" aria-label={t(structure.tableCaption)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t(structure.colSheet)}</TableHeaderCell>
          <TableHeaderCell>{t(structure.colState)}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tables.map((status) => (
          <TableRow key={status.table} data-table={status.table}>
            <TableCell>
              {status.sheet}
              <br />
              <Caption1>
                {t(structure.colTable)}: {status.table}
              </Caption1>
            </TableCell>
            <TableCell>
              <StateBadge status={status} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
