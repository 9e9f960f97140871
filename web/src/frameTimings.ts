// Per stream frame, how long the page took over it: parsing, applying it to the map and the page, and until the map
// next finished drawing. Read (and emptied) through `window.entente.frameTimings()` by the map-smoothness benchmark
// (bench/map-smoothness.sh). Costs two performance.now() calls and one small object per frame; at most 600 kept.

export interface FrameTiming {
  /** performance.now() when the frame event arrived. */
  readonly at: number;
  /** JSON.parse of the event's data. */
  readonly parseMs: number;
  /** The page's handler: tracks, summary, details (everything but the drawing). */
  readonly applyMs: number;
  /** The next map render that drew it (OpenLayers `precompose` to `postrender`). */
  drawMs: number;
  /** From the event's arrival to the end of that render. */
  renderedMs: number;
}

const KEPT = 600;

export interface FrameTimings {
  /** A frame was parsed and applied: `at` is its arrival, `parsed` and `applied` when each step ended. */
  frame(at: number, parsed: number, applied: number): void;
  /** The map starts drawing (call from its `precompose`). */
  drawing(): void;
  /** The map finished a render (call from its `postrender`). */
  rendered(): void;
  /** The timings since the last call, oldest first (frames still waiting for a render are kept for the next). */
  take(): FrameTiming[];
}

export function createFrameTimings(): FrameTimings {
  let done: FrameTiming[] = [];
  let waiting: FrameTiming[] = [];
  let drawStart = Number.NaN;
  return {
    frame(at, parsed, applied) {
      waiting.push({ at, parseMs: parsed - at, applyMs: applied - parsed, drawMs: Number.NaN, renderedMs: Number.NaN });
    },
    drawing() {
      drawStart = performance.now();
    },
    rendered() {
      const start = drawStart;
      drawStart = Number.NaN;
      if (waiting.length === 0) {
        return;
      }
      const now = performance.now();
      for (const timing of waiting) {
        timing.drawMs = now - start;
        timing.renderedMs = now - timing.at;
        done.push(timing);
      }
      waiting = [];
      if (done.length > KEPT) {
        done = done.slice(-KEPT);
      }
    },
    take() {
      const out = done;
      done = [];
      return out;
    },
  };
}
