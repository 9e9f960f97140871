// Track symbology: canvas-drawn symbols per class, status and size, plus the line styles of trails and heading vectors.
// Every Style here is built once per key and then reused, so a frame of 2,000 tracks allocates no styles.

import CircleStyle from "ol/style/Circle";
import Fill from "ol/style/Fill";
import Icon from "ol/style/Icon";
import Stroke from "ol/style/Stroke";
import Style from "ol/style/Style";
import Text from "ol/style/Text";

export type SymbolClass = "vessel-ais" | "small-boat" | "unknown";
/** Faint: tentative or coasting tracks are drawn fainter and dashed. */
export type Certainty = "firm" | "faint";

export const TRACK_COLOURS: Record<SymbolClass, string> = {
  "vessel-ais": "#9cc8ec",
  "small-boat": "#ff6a13",
  "unknown": "#d5dde6",
};

export function symbolClass(value: string): SymbolClass {
  return value === "vessel-ais" || value === "small-boat" ? value : "unknown";
}

export function certainty(status: string): Certainty {
  return status === "confirmed" ? "firm" : "faint";
}

/** Three sizes, by map resolution (metres per pixel): far, middle, near. */
export type SizeBucket = 0 | 1 | 2;

export function sizeBucket(resolution: number): SizeBucket {
  return resolution > 250 ? 0 : resolution > 60 ? 1 : 2;
}

const HULL_LENGTH: Record<SizeBucket, number> = { 0: 13, 1: 17, 2: 23 };
const BOAT_SIZE: Record<SizeBucket, number> = { 0: 12, 1: 15, 2: 19 };
const UNKNOWN_RADIUS: Record<SizeBucket, number> = { 0: 3.5, 1: 4.5, 2: 5.5 };

const RATIO = 2; // drawn at twice the size and scaled down: crisp on high-DPI screens
const CASING = "rgba(3, 8, 14, 0.9)";

function canvas(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const el = document.createElement("canvas");
  el.width = Math.ceil(width * RATIO);
  el.height = Math.ceil(height * RATIO);
  const ctx = el.getContext("2d");
  if (!ctx) {
    throw new Error("2D canvas is not available");
  }
  ctx.scale(RATIO, RATIO);
  return [el, ctx];
}

/** How a symbol's path is painted: a dark casing under it, the fill, then a rim (dashed for faint tracks). */
interface Paint {
  casingWidth: number;
  fill: string;
  fillAlpha: number;
  rim: string;
  rimWidth: number;
  dash: number[] | null;
}

function paintPath(ctx: CanvasRenderingContext2D, paint: Paint): void {
  ctx.lineJoin = "round";
  ctx.lineWidth = paint.casingWidth;
  ctx.strokeStyle = CASING;
  ctx.stroke();
  ctx.globalAlpha = paint.fillAlpha;
  ctx.fillStyle = paint.fill;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = paint.rimWidth;
  ctx.strokeStyle = paint.rim;
  if (paint.dash) {
    ctx.setLineDash(paint.dash);
  }
  ctx.stroke();
}

/** A ship's hull seen from above, bow up (north): pointed bow, square stern. */
function hullCanvas(length: number, colour: string, faint: boolean): HTMLCanvasElement {
  const width = length * 0.46;
  const pad = 2.5;
  const [el, ctx] = canvas(width + pad * 2, length + pad * 2);
  const x0 = pad;
  const y0 = pad;
  ctx.beginPath();
  ctx.moveTo(x0 + width / 2, y0);
  ctx.quadraticCurveTo(x0 + width, y0 + length * 0.3, x0 + width, y0 + length * 0.5);
  ctx.lineTo(x0 + width, y0 + length);
  ctx.lineTo(x0, y0 + length);
  ctx.lineTo(x0, y0 + length * 0.5);
  ctx.quadraticCurveTo(x0, y0 + length * 0.3, x0 + width / 2, y0);
  ctx.closePath();
  paintPath(ctx, { casingWidth: 3, fill: colour, fillAlpha: faint ? 0.35 : 0.9, rim: colour, rimWidth: 1.2, dash: faint ? [2.5, 2] : null });
  return el;
}

/** A small boat: a diamond in high-visibility orange with a white rim, so it stands out of the traffic. */
function boatCanvas(size: number, colour: string, faint: boolean): HTMLCanvasElement {
  const pad = 3;
  const [el, ctx] = canvas(size + pad * 2, size + pad * 2);
  const c = size / 2 + pad;
  const r = size / 2;
  ctx.beginPath();
  ctx.moveTo(c, c - r);
  ctx.lineTo(c + r, c);
  ctx.lineTo(c, c + r);
  ctx.lineTo(c - r, c);
  ctx.closePath();
  paintPath(ctx, { casingWidth: 4, fill: colour, fillAlpha: faint ? 0.4 : 1, rim: faint ? colour : "#ffffff", rimWidth: 1.6, dash: faint ? [3, 2] : null });
  return el;
}

const symbolCache = new Map<string, Style>();

/** Heading buckets of 5°: enough for a smooth look, few enough to cache. */
const HEADING_STEP = 5;

export function headingBucket(courseDegrees: number, speedKnots: number): number {
  if (!Number.isFinite(courseDegrees) || speedKnots < 0.3) {
    return 0;
  }
  const bucket = Math.round((((courseDegrees % 360) + 360) % 360) / HEADING_STEP);
  return bucket === 360 / HEADING_STEP ? 0 : bucket;
}

/** The symbol of a track, shared by every track with the same class, certainty, size and heading bucket. */
export function symbolStyle(cls: SymbolClass, cert: Certainty, size: SizeBucket, heading: number): Style {
  const key = `${cls}|${cert}|${size}|${cls === "vessel-ais" ? heading : 0}`;
  let style = symbolCache.get(key);
  if (!style) {
    style = buildSymbol(cls, cert, size, heading);
    symbolCache.set(key, style);
  }
  return style;
}

function buildSymbol(cls: SymbolClass, cert: Certainty, size: SizeBucket, heading: number): Style {
  const colour = TRACK_COLOURS[cls];
  const faint = cert === "faint";
  switch (cls) {
    case "vessel-ais":
      return new Style({
        image: new Icon({
          img: hullCanvas(HULL_LENGTH[size], colour, faint),
          scale: 1 / RATIO,
          rotation: (heading * HEADING_STEP * Math.PI) / 180,
          rotateWithView: true,
          declutterMode: "none",
        }),
        zIndex: 1,
      });
    case "small-boat":
      return new Style({
        image: new Icon({ img: boatCanvas(BOAT_SIZE[size], colour, faint), scale: 1 / RATIO, declutterMode: "none" }),
        zIndex: 3,
      });
    case "unknown":
      return new Style({
        image: new CircleStyle({
          radius: UNKNOWN_RADIUS[size],
          fill: new Fill({ color: faint ? "rgba(213, 221, 230, 0.12)" : "rgba(213, 221, 230, 0.3)" }),
          stroke: new Stroke({ color: colour, width: 1.5, lineDash: faint ? [2, 2] : undefined }),
          declutterMode: "none",
        }),
        zIndex: 2,
      });
  }
}

const LABEL_FONT = '600 12px "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif';
const PEOPLE_FONT = '700 12px "DejaVu Sans Mono", Consolas, monospace';

/** A label to the right of the symbol. One per track, rebuilt only when its text changes. */
export function labelStyle(text: string, cls: SymbolClass): Style {
  return new Style({
    text: new Text({
      text,
      font: LABEL_FONT,
      textAlign: "left",
      offsetX: 12,
      offsetY: 0,
      fill: new Fill({ color: cls === "small-boat" ? "#ffd2b3" : "#dbe4ee" }),
      stroke: new Stroke({ color: CASING, width: 3 }),
    }),
    zIndex: 4,
  });
}

/** The number of people aboard, in a badge to the left of a small boat. Badges give way to each other where boats
 * crowd (the details and tooltip always give the count). */
export function peopleStyle(people: number): Style {
  return new Style({
    text: new Text({
      text: String(people),
      font: PEOPLE_FONT,
      textAlign: "right",
      offsetX: -13,
      fill: new Fill({ color: "#1a0a00" }),
      backgroundFill: new Fill({ color: "#ffb27a" }),
      padding: [1, 3, 0, 3],
    }),
    zIndex: 5,
  });
}

const lineCache = new Map<string, Style>();

/** Trail or heading vector line for a class and certainty. */
export function lineStyle(part: "trail" | "vector", cls: SymbolClass, cert: Certainty): Style {
  const key = `${part}|${cls}|${cert}`;
  let style = lineCache.get(key);
  if (!style) {
    const colour = TRACK_COLOURS[cls];
    const faint = cert === "faint";
    style =
      part === "trail"
        ? new Style({
            stroke: new Stroke({
              color: withAlpha(colour, faint ? 0.25 : cls === "small-boat" ? 0.6 : 0.4),
              width: cls === "small-boat" ? 2 : 1.2,
            }),
          })
        : new Style({
            stroke: new Stroke({
              color: withAlpha(colour, faint ? 0.5 : 0.9),
              width: cls === "small-boat" ? 2 : 1.4,
              lineDash: faint ? [4, 3] : undefined,
            }),
          });
    lineCache.set(key, style);
  }
  return style;
}

function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The ring around the selected track. */
export const SELECTED_STYLE = new Style({
  image: new CircleStyle({
    radius: 15,
    stroke: new Stroke({ color: "#ffffff", width: 2 }),
    fill: new Fill({ color: "rgba(255, 255, 255, 0.08)" }),
    declutterMode: "none",
  }),
  zIndex: 0,
});
