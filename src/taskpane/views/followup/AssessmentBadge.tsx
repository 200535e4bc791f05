// An assessment (Uppnått, På väg, Ej på väg, Saknar mätvärde, Kan inte bedömas)
// as a badge: its colour, a symbol and its name, so that it never rests on colour alone.

import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Assessment } from "../../../followup/types";
import { formatNumber } from "../../../i18n";
import { useLang, useT } from "../../lang";
import { assessmentText } from "../../../i18n/followup";

const LOOK: Record<Assessment, { color: NonNullable<BadgeProps["color"]>; symbol: string }> = {
  achieved: { color: "success", symbol: "✔" },
  onTrack: { color: "brand", symbol: "➚" },
  notOnTrack: { color: "danger", symbol: "✖" },
  noValue: { color: "informative", symbol: "○" },
  unknown: { color: "warning", symbol: "?" },
};

export function AssessmentBadge({ assessment, count }: { assessment: Assessment; count?: number }) {
  const t = useT();
  const lang = useLang();
  const { color, symbol } = LOOK[assessment];
  return (
    <Badge appearance="tint" color={color} shape="rounded" data-assessment={assessment} icon={<span aria-hidden="true">{symbol}</span>}>
      {t(assessmentText[assessment])}
      {count !== undefined && `: ${formatNumber(count, lang)}`}
    </Badge>
  );
}
