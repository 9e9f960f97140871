// `window.entente`: a small, stable surface for automated browser tests.

import { boundingExtent, type Extent, intersects, isEmpty } from "ol/extent";
import { fromLonLat } from "ol/proj";
import type { FrameTiming } from "./frameTimings";
import { KINDS } from "./kinds";
import type { EntenteMap } from "./map";

export interface EntenteHook {
  /** Resolves once the geography is loaded and the map has completed a render with it; rejects if loading failed. */
  readonly ready: Promise<void>;
  /**
   * For each kind, the number of features of that kind in visible layers whose extent intersects the
   * current view (every known kind is present, possibly with 0).
   */
  layerCounts(): Record<string, number>;
  /** The viewport (CSS pixel) position of a WGS84 coordinate. */
  pixelOf(lon: number, lat: number): [number, number];
  /** The kinds of the features rendered at a viewport (CSS pixel) position, topmost first. */
  kindsAt(x: number, y: number): string[];
  /** Tracks on the map now (live, or the replayed snapshot). */
  trackCount(): number;
  /** Track id → [lon, lat] of the tracks on the map now. */
  trackPositions(): Record<string, [number, number]>;
  /** Stream frames received since the page loaded. */
  frames(): number;
  /** Per stream frame since the last call: parse, apply and arrival-to-drawn times (for bench/map-smoothness.sh). */
  frameTimings(): FrameTiming[];
  /** The stream's state: "connecting", "live", "stale" (connected, no frame for 10 s) or "reconnecting". */
  connection(): string;
  /** The picture time shown (the latest frame's, or the replayed snapshot's), ISO 8601; undefined before any. */
  pictureTime(): string | undefined;
  /** Opens an incident's panel; resolves once it shows its details (or why they could not load). */
  openIncident(id: string): Promise<void>;
  /** Replays the picture at a time (ISO 8601); resolves once the snapshot is drawn. */
  replayAt(iso: string): Promise<void>;
  /** Back to the live picture. */
  live(): void;
  /**
   * Overlay features on the map: the open incident's drift and plan, and the sensor coverage when shown, e.g.
   * {"drift:containment": 2, "plan:area": 1, "coverage:live": 5}.
   */
  overlayCounts(): Record<string, number>;
  /** The launches-per-beach layer's circles, beach id → launches ({} while the layer is hidden). */
  beachLaunches(): Record<string, number>;
  /** The layer: `hidden`, `loading`, `ok`, `refused` or `unavailable` (no operational statistics). */
  beachLaunchesState(): string;
  /** Shows or hides the layer (as its legend toggle does); resolves once the statistics are read. */
  showBeachLaunches(visible: boolean): Promise<void>;
}

/** The live picture's part of the hook, supplied by main.ts. */
export type LiveHook = Pick<
  EntenteHook,
  | "trackCount"
  | "trackPositions"
  | "frames"
  | "frameTimings"
  | "connection"
  | "pictureTime"
  | "openIncident"
  | "replayAt"
  | "live"
  | "overlayCounts"
  | "beachLaunches"
  | "beachLaunchesState"
  | "showBeachLaunches"
>;

declare global {
  interface Window {
    entente: EntenteHook;
  }
}

/** Hit tolerance, in CSS pixels, for `kindsAt`. */
const HIT_TOLERANCE = 3;

export interface HookControl {
  resolve(): void;
  reject(reason: unknown): void;
}

export function installHook(entente: EntenteMap, live: LiveHook): HookControl {
  const { map } = entente;
  let control: HookControl = { resolve: () => undefined, reject: () => undefined };
  const ready = new Promise<void>((resolve, reject) => {
    control = { resolve, reject };
  });
  // A failed load is reported on the page; this keeps it from also surfacing as an unhandled rejection.
  ready.catch(() => undefined);

  function mapOffset(): [number, number] {
    const rect = map.getTargetElement()?.getBoundingClientRect();
    return rect ? [rect.left, rect.top] : [0, 0];
  }

  /** The extent of the whole map viewport (View#calculateExtent leaves out the view padding). */
  function viewportExtent(): Extent | undefined {
    const size = map.getSize();
    const topLeft = map.getCoordinateFromPixel([0, 0]);
    const bottomRight = size ? map.getCoordinateFromPixel(size) : null;
    return topLeft && bottomRight ? boundingExtent([topLeft, bottomRight]) : undefined;
  }

  function layerCounts(): Record<string, number> {
    const counts: Record<string, number> = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
    const viewExtent = viewportExtent();
    if (!viewExtent) {
      return counts;
    }
    for (const layer of entente.layers.values()) {
      const source = layer.getSource();
      if (!source || !layer.getVisible() || !layer.isVisible()) {
        continue;
      }
      const extent = source.getExtent();
      if (!extent || isEmpty(extent) || !intersects(extent, viewExtent)) {
        continue;
      }
      for (const feature of source.getFeatures()) {
        const kind = String(feature.get("kind") ?? "unknown");
        counts[kind] = (counts[kind] ?? 0) + 1;
      }
    }
    return counts;
  }

  function pixelOf(lon: number, lat: number): [number, number] {
    const pixel = map.getPixelFromCoordinate(fromLonLat([lon, lat]));
    if (!pixel) {
      return [Number.NaN, Number.NaN];
    }
    const [left, top] = mapOffset();
    return [left + (pixel[0] ?? Number.NaN), top + (pixel[1] ?? Number.NaN)];
  }

  function kindsAt(x: number, y: number): string[] {
    const [left, top] = mapOffset();
    const features = map.getFeaturesAtPixel([x - left, y - top], {
      hitTolerance: HIT_TOLERANCE,
      layerFilter: entente.isGeographyLayer,
    });
    const kinds: string[] = [];
    for (const feature of features) {
      const kind = String(feature.get("kind") ?? "unknown");
      if (!kinds.includes(kind)) {
        kinds.push(kind);
      }
    }
    return kinds;
  }

  window.entente = { ready, layerCounts, pixelOf, kindsAt, ...live };
  return control;
}
