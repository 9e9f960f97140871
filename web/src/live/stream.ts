// The server-sent event stream `api/stream`: frames, alerts and incidents, with reconnection and a connection state.

import type { AlertJson, FrameJson, IncidentJson } from "./types";

export const STREAM_URL = "api/stream";

/** `stale`: connected, but no frame for a while (the feed stopped or the server is stuck). */
export type ConnectionState = "connecting" | "live" | "stale" | "reconnecting";

/** No frame for this long while connected reads as stale. */
const STALE_MS = 10000;

export interface StreamHandlers {
  /** `at` and `parsed`: performance.now() when the event arrived and when its data was parsed. */
  frame(frame: FrameJson, at: number, parsed: number): void;
  alerts(alerts: AlertJson[]): void;
  incidents(incidents: IncidentJson[]): void;
  state(state: ConnectionState): void;
}

/** Back-off before reopening a stream the browser gave up on (HTTP error, wrong type): 1 s, 2 s, 4 s… up to 15 s. */
const RETRY_MS = [1000, 2000, 4000, 8000, 15000] as const;

export interface LiveStream {
  readonly state: ConnectionState;
  close(): void;
}

export function openStream(handlers: StreamHandlers): LiveStream {
  let source: EventSource | undefined;
  let state: ConnectionState = "connecting";
  let failures = 0;
  let timer: number | undefined;
  let closed = false;
  let lastFrameAt = Date.now();

  function setState(next: ConnectionState): void {
    if (next !== state) {
      state = next;
      handlers.state(next);
    }
  }

  function parse<T>(event: MessageEvent<string>, name: string): T | undefined {
    try {
      return JSON.parse(event.data) as T;
    } catch {
      // A malformed event is dropped; the next one replaces it.
      console.warn(`Entente: a ${name} event was not JSON.`);
      return undefined;
    }
  }

  function connect(): void {
    if (closed) {
      return;
    }
    const es = new EventSource(STREAM_URL);
    source = es;
    es.addEventListener("open", () => {
      failures = 0;
      lastFrameAt = Date.now();
      setState("live");
    });
    es.addEventListener("frame", (event) => {
      const at = performance.now();
      const frame = parse<FrameJson>(event, "frame");
      if (frame && Array.isArray(frame.tracks)) {
        const parsed = performance.now();
        lastFrameAt = Date.now();
        setState("live");
        handlers.frame(frame, at, parsed);
      }
    });
    es.addEventListener("alerts", (event) => {
      const alerts = parse<AlertJson[]>(event, "alerts");
      if (Array.isArray(alerts)) {
        handlers.alerts(alerts);
      }
    });
    es.addEventListener("incidents", (event) => {
      const incidents = parse<IncidentJson[]>(event, "incidents");
      if (Array.isArray(incidents)) {
        handlers.incidents(incidents);
      }
    });
    es.addEventListener("error", () => {
      if (es.readyState === EventSource.CONNECTING) {
        // The browser retries by itself (network error, server restart).
        setState("reconnecting");
        return;
      }
      // CLOSED: the browser gave up (HTTP error or not an event stream); retry ourselves, backing off.
      es.close();
      setState("reconnecting");
      const delay = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 15000;
      failures += 1;
      window.clearTimeout(timer);
      timer = window.setTimeout(connect, delay);
    });
  }

  const watchdog = window.setInterval(() => {
    if (state === "live" && Date.now() - lastFrameAt > STALE_MS) {
      setState("stale");
    }
  }, 1000);

  connect();
  handlers.state(state);
  return {
    get state() {
      return state;
    },
    close() {
      closed = true;
      window.clearTimeout(timer);
      window.clearInterval(watchdog);
      source?.close();
    },
  };
}
