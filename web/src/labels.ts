// Human-readable kind descriptions, built from the i18n table.

import { tryT } from "./i18n";
import type { GeographyProperties } from "./kinds";

export function kindLabel(kind: string): string {
  return tryT(`kind.${kind}`, kind);
}

/** The kind plus its variant, e.g. "Lifeboat station — RNLI" or "Traffic lane — north-east-bound". */
export function describeKind(props: GeographyProperties): string {
  const parts = [kindLabel(props.kind ?? "")];
  if (props.nation) {
    parts.push(tryT(`nation.${props.nation}`, props.nation));
  }
  if (props.operator) {
    parts.push(props.operator);
  }
  if (props.direction) {
    parts.push(tryT(`direction.${props.direction}`, props.direction));
  }
  return parts.join(" — ");
}
