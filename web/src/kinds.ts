// The feature kinds served by /api/geography, in drawing order (bottom to top).

export const KINDS = [
  "sar-region",
  "territorial-sea",
  "land",
  "tss-lane",
  "inshore-traffic-zone",
  "tss-separation-zone",
  "territorial-boundary",
  "sar-boundary",
  "landing",
  "launch-beach",
  "lifeboat-station",
  "radar-site",
  "coordination-centre",
] as const;

export type Kind = (typeof KINDS)[number];

/** Layer key for features whose kind this client does not know; drawn above the lines. */
export const OTHER = "other";

export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && (KINDS as readonly string[]).includes(value);
}

/** z-index of each kind's layer: areas, land, routeing zones, lines, points. */
export function zIndexOf(kind: Kind | typeof OTHER): number {
  return kind === OTHER ? 85 : 10 * (KINDS.indexOf(kind) + 1);
}

/** Property names the server may set on a feature. */
export interface GeographyProperties {
  id?: string;
  kind?: string;
  name?: string;
  source?: string;
  nation?: "UK" | "FR";
  country?: "GB" | "FR" | "BE";
  direction?: "SW" | "NE";
  /** Traffic flow bearing of a lane, degrees true (more precise than `direction`). */
  flowBearingDegrees?: number;
  operator?: "RNLI" | "SNSM";
  approximate?: boolean;
}
