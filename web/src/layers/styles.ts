// Chart-like styles for each geography kind on a dark control-room background.

import type { Coordinate } from "ol/coordinate";
import type { FeatureLike } from "ol/Feature";
import type Geometry from "ol/geom/Geometry";
import MultiLineString from "ol/geom/MultiLineString";
import MultiPolygon from "ol/geom/MultiPolygon";
import Polygon from "ol/geom/Polygon";
import { transformExtent } from "ol/proj";
import CircleStyle from "ol/style/Circle";
import Fill from "ol/style/Fill";
import Icon from "ol/style/Icon";
import RegularShape from "ol/style/RegularShape";
import Stroke from "ol/style/Stroke";
import Style, { type StyleFunction } from "ol/style/Style";
import Text from "ol/style/Text";
import { type GeographyProperties, type Kind, OTHER } from "../kinds";
import { arrowCanvas, hatchPattern, SYMBOL_SCALE } from "./symbols";

export const PALETTE = {
  sea: "#08131f",
  land: "#262c31",
  coast: "#74818e",
  uk: "96, 165, 250",
  fr: "248, 113, 113",
  routeing: "224, 64, 251",
  boundary: "#fde047",
  sarBoundary: "#e2e8f0",
  beach: "#fb923c",
  landing: "#4ade80",
  rnli: "#38bdf8",
  snsm: "#f43f5e",
  centre: "#fef3c7",
  radar: "#22d3ee",
  casing: "rgba(3, 8, 14, 0.85)",
  label: "#e6edf3",
} as const;

const rgba = (rgb: string, alpha: number): string => `rgba(${rgb}, ${alpha})`;

/** Point labels appear from these zoom levels (as EPSG:3857 resolutions, metres per pixel). */
const ZOOM_0_RESOLUTION = 156543.03392804097;
const resolutionAtZoom = (zoom: number): number => ZOOM_0_RESOLUTION / 2 ** zoom;
const LABEL_FROM: Partial<Record<Kind, number>> = {
  "coordination-centre": resolutionAtZoom(9.9),
  "lifeboat-station": resolutionAtZoom(10.4),
  "radar-site": resolutionAtZoom(10.9),
  "launch-beach": resolutionAtZoom(10.4),
  "landing": resolutionAtZoom(10.4),
};

const LABEL_FONT = '600 12px "Segoe UI", Roboto, "Helvetica Neue", "DejaVu Sans", Arial, sans-serif';

const nationRgb = (props: GeographyProperties): string => (props.nation === "FR" ? PALETTE.fr : PALETTE.uk);

const BEARING: Record<NonNullable<GeographyProperties["direction"]>, number> = { NE: 45, SW: 225 };

/** Symbols are always drawn; only their labels give way to each other. */
const NO_DECLUTTER = "none" as const;

function interiorPoints(feature: FeatureLike): Geometry | undefined {
  const geometry = feature.getGeometry();
  if (geometry instanceof Polygon) {
    return geometry.getInteriorPoint();
  }
  if (geometry instanceof MultiPolygon) {
    return geometry.getInteriorPoints();
  }
  return undefined;
}

/**
 * The land polygons are clipped to this box (see scripts/extract-land.mjs). Ring segments along it are
 * not coastline, so the coast stroke leaves them out.
 */
const LAND_CLIP_EXTENT = transformExtent([-1.0, 49.9, 3.0, 51.8], "EPSG:4326", "EPSG:3857");
const CLIP_TOLERANCE_M = 1;

function onClipEdge(a: Coordinate, b: Coordinate): boolean {
  const near = (value: number | undefined, edge: number | undefined): boolean =>
    value !== undefined && edge !== undefined && Math.abs(value - edge) < CLIP_TOLERANCE_M;
  const [minX, minY, maxX, maxY] = LAND_CLIP_EXTENT;
  return (
    (near(a[0], minX) && near(b[0], minX)) ||
    (near(a[0], maxX) && near(b[0], maxX)) ||
    (near(a[1], minY) && near(b[1], minY)) ||
    (near(a[1], maxY) && near(b[1], maxY))
  );
}

const coastlineCache = new WeakMap<Geometry, { revision: number; coastline: MultiLineString }>();

/** The rings of a land (multi)polygon as lines, without the segments on the clip box. */
function coastline(feature: FeatureLike): Geometry | undefined {
  const geometry = feature.getGeometry();
  if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
    return undefined;
  }
  const cached = coastlineCache.get(geometry);
  if (cached && cached.revision === geometry.getRevision()) {
    return cached.coastline;
  }
  const rings = geometry instanceof Polygon ? geometry.getCoordinates() : geometry.getCoordinates().flat();
  const lines: Coordinate[][] = [];
  for (const ring of rings) {
    let run: Coordinate[] = [];
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (!a || !b) {
        continue;
      }
      if (onClipEdge(a, b)) {
        if (run.length > 1) {
          lines.push(run);
        }
        run = [];
        continue;
      }
      if (run.length === 0) {
        run.push(a);
      }
      run.push(b);
    }
    if (run.length > 1) {
      lines.push(run);
    }
  }
  const result = new MultiLineString(lines);
  coastlineCache.set(geometry, { revision: geometry.getRevision(), coastline: result });
  return result;
}

function area(fill: string | CanvasPattern, stroke?: Stroke): Style {
  return new Style({ fill: new Fill({ color: fill }), ...(stroke ? { stroke } : {}) });
}

function laneBearing(props: GeographyProperties): number | undefined {
  const bearing = props.flowBearingDegrees;
  if (typeof bearing === "number" && Number.isFinite(bearing)) {
    return bearing;
  }
  return props.direction ? BEARING[props.direction] : undefined;
}

function laneArrow(bearing: number | undefined): Style | undefined {
  if (bearing === undefined) {
    return undefined;
  }
  return new Style({
    geometry: interiorPoints,
    image: new Icon({
      img: arrowCanvas(rgba(PALETTE.routeing, 0.85), PALETTE.casing),
      scale: SYMBOL_SCALE,
      rotation: (bearing * Math.PI) / 180,
      rotateWithView: true,
      declutterMode: NO_DECLUTTER,
    }),
  });
}

/** The styles of one kind (and variant), without labels. */
function buildStyles(kind: string, props: GeographyProperties): Style[] {
  switch (kind) {
    case "sar-region":
      return [area(rgba(nationRgb(props), 0.075))];
    case "territorial-sea":
      return [
        area(
          rgba(nationRgb(props), 0.05),
          new Stroke({ color: rgba(nationRgb(props), 0.55), width: 1, lineDash: [2, 4] }),
        ),
      ];
    case "land":
      return [
        area(PALETTE.land),
        new Style({ geometry: coastline, stroke: new Stroke({ color: PALETTE.coast, width: 1 }) }),
      ];
    case "tss-lane": {
      const styles = [
        area(rgba(PALETTE.routeing, 0.045), new Stroke({ color: rgba(PALETTE.routeing, 0.4), width: 1 })),
      ];
      const arrow = laneArrow(laneBearing(props));
      return arrow ? [...styles, arrow] : styles;
    }
    case "tss-separation-zone":
      return [
        area(
          hatchPattern(rgba(PALETTE.routeing, 0.75), rgba(PALETTE.routeing, 0.16)),
          new Stroke({ color: rgba(PALETTE.routeing, 0.95), width: 1.5 }),
        ),
      ];
    case "inshore-traffic-zone":
      return [
        area(
          rgba(PALETTE.routeing, 0.03),
          new Stroke({ color: rgba(PALETTE.routeing, 0.85), width: 1.4, lineDash: [9, 6] }),
        ),
      ];
    case "territorial-boundary":
      return [
        new Style({ stroke: new Stroke({ color: PALETTE.casing, width: 5.5 }) }),
        new Style({ stroke: new Stroke({ color: PALETTE.boundary, width: 2.4 }) }),
      ];
    case "sar-boundary":
      return [
        new Style({ stroke: new Stroke({ color: "rgba(3, 8, 14, 0.55)", width: 4 }) }),
        new Style({ stroke: new Stroke({ color: PALETTE.sarBoundary, width: 1.6, lineDash: [10, 7] }) }),
      ];
    case "launch-beach":
      return [
        new Style({
          image: new RegularShape({
            points: 3,
            radius: 7.5,
            fill: new Fill({ color: PALETTE.beach }),
            stroke: new Stroke({ color: PALETTE.casing, width: 1.5 }),
            declutterMode: NO_DECLUTTER,
          }),
        }),
      ];
    case "landing":
      return [
        new Style({
          image: new RegularShape({
            points: 4,
            radius: 6.5,
            angle: Math.PI / 4,
            fill: new Fill({ color: PALETTE.landing }),
            stroke: new Stroke({ color: PALETTE.casing, width: 1.5 }),
            declutterMode: NO_DECLUTTER,
          }),
        }),
      ];
    case "lifeboat-station":
      return [
        new Style({
          image: new CircleStyle({
            radius: 5.5,
            fill: new Fill({ color: props.operator === "SNSM" ? PALETTE.snsm : PALETTE.rnli }),
            stroke: new Stroke({ color: "#f8fafc", width: 1.5 }),
            declutterMode: NO_DECLUTTER,
          }),
        }),
      ];
    case "coordination-centre":
      return [
        new Style({
          image: new RegularShape({
            points: 5,
            radius: 10,
            radius2: 4.2,
            fill: new Fill({ color: PALETTE.centre }),
            stroke: new Stroke({ color: PALETTE.casing, width: 1.3 }),
            declutterMode: NO_DECLUTTER,
          }),
        }),
      ];
    case "radar-site":
      return [
        new Style({
          image: new RegularShape({
            points: 4,
            radius: 9,
            fill: new Fill({ color: "rgba(34, 211, 238, 0.16)" }),
            stroke: new Stroke({ color: PALETTE.radar, width: 2 }),
            declutterMode: NO_DECLUTTER,
          }),
        }),
        new Style({
          image: new CircleStyle({
            radius: 2,
            fill: new Fill({ color: PALETTE.radar }),
            declutterMode: NO_DECLUTTER,
          }),
        }),
      ];
    default:
      // A kind this client does not know yet: neutral, but visible.
      return [
        new Style({
          fill: new Fill({ color: "rgba(203, 213, 225, 0.08)" }),
          stroke: new Stroke({ color: "rgba(203, 213, 225, 0.8)", width: 1.2 }),
          image: new CircleStyle({
            radius: 4,
            fill: new Fill({ color: "#cbd5e1" }),
            declutterMode: NO_DECLUTTER,
          }),
        }),
      ];
  }
}

const styleCache = new Map<string, Style[]>();

/** Styles (cached) for a kind and the variant-defining properties. */
export function symbolStyles(kind: string, props: GeographyProperties): Style[] {
  const key = [kind, props.nation, props.operator, kind === "tss-lane" ? laneBearing(props) : ""].join("|");
  let styles = styleCache.get(key);
  if (!styles) {
    styles = buildStyles(kind, props);
    styleCache.set(key, styles);
  }
  return styles;
}

const labelCache = new Map<string, Style>();

function labelStyle(name: string): Style {
  let style = labelCache.get(name);
  if (!style) {
    style = new Style({
      text: new Text({
        text: name,
        font: LABEL_FONT,
        textAlign: "left",
        offsetX: 11,
        offsetY: 1,
        fill: new Fill({ color: PALETTE.label }),
        stroke: new Stroke({ color: PALETTE.casing, width: 3.5 }),
        padding: [1, 3, 1, 3],
      }),
    });
    labelCache.set(name, style);
  }
  return style;
}

/** The layer style function for one kind (or for unknown kinds). */
export function styleFunctionFor(kind: Kind | typeof OTHER): StyleFunction {
  const labelFrom = kind === OTHER ? undefined : LABEL_FROM[kind];
  return (feature, resolution) => {
    const props = feature.getProperties() as GeographyProperties;
    const styles = symbolStyles(props.kind ?? kind, props);
    if (labelFrom !== undefined && resolution <= labelFrom && props.name) {
      return [...styles, labelStyle(props.name)];
    }
    return styles;
  };
}
