// The replay bar: a time slider over the span kept for replay (GET api/replay). Moving it shows GET api/tracks?at=
// in place of the live tracks, under a REPLAY banner; "Live" returns to the stream.

import { button, h, setText } from "./dom";
import { t } from "./i18n";
import { errorMessage, getJson } from "./live/http";
import type { ReplayJson, TracksJson } from "./live/types";
import { utcDateTime, utcTime } from "./time";

export interface ReplayOptions {
  /** Show a kept snapshot instead of the live tracks. */
  show(snapshot: TracksJson): void;
  /** Back to the live picture. */
  live(): void;
}

export interface ReplayBar {
  readonly active: boolean;
  /** Replay the picture at a time (ISO 8601); resolves once shown. */
  replayAt(iso: string): Promise<void>;
  goLive(): void;
  render(): void;
  /** The live picture moved on: the slider's span may have grown. */
  livePictureTime(iso: string): void;
}

/** How long the slider waits after the last movement before asking the server (dragging fires many inputs). */
const DEBOUNCE_MS = 150;
/** Re-read the replay span at most this often while live. */
const SPAN_REFRESH_MS = 15000;

export function createReplayBar(root: HTMLElement, banner: HTMLElement, options: ReplayOptions): ReplayBar {
  let span: ReplayJson | undefined;
  let spanReadAt = 0;
  let active = false;
  let shownTime: string | undefined;
  let error: string | undefined;
  let timer: number | undefined;
  let request = 0;

  const label = h("label", { className: "replay__label", attrs: { for: "replay-slider" } });
  const slider = h("input", { className: "replay__slider", attrs: { id: "replay-slider", type: "range", min: "0", max: "0", step: "1", value: "0" } });
  const from = h("span", { className: "replay__bound" });
  const to = h("span", { className: "replay__bound" });
  const state = h("span", { className: "replay__state", attrs: { role: "status", "aria-live": "polite" } });
  const liveButton = button("", () => goLive(), { className: "button button--live", attrs: { id: "replay-live" } });
  root.replaceChildren(label, from, slider, to, state, liveButton);

  async function refreshSpan(): Promise<void> {
    spanReadAt = Date.now();
    try {
      span = await getJson<ReplayJson>("api/replay");
      error = undefined;
    } catch (e) {
      error = errorMessage(e);
    }
    render();
  }

  function sliderTime(): string | undefined {
    if (!span?.from) {
      return undefined;
    }
    const start = Date.parse(span.from);
    return new Date(start + Number(slider.value) * 1000).toISOString();
  }

  async function replayAt(iso: string): Promise<void> {
    const mine = ++request;
    active = true;
    render();
    try {
      const snapshot = await getJson<TracksJson>(`api/tracks?at=${encodeURIComponent(iso)}`);
      if (mine !== request || !active) {
        return;
      }
      shownTime = snapshot.time;
      error = undefined;
      options.show(snapshot);
    } catch (e) {
      if (mine === request) {
        error = errorMessage(e);
      }
    }
    render();
  }

  function goLive(): void {
    request++;
    window.clearTimeout(timer);
    if (!active) {
      return;
    }
    active = false;
    shownTime = undefined;
    error = undefined;
    options.live();
    render();
  }

  slider.addEventListener("focus", () => {
    if (Date.now() - spanReadAt > 2000) {
      void refreshSpan();
    }
  });
  slider.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const iso = sliderTime();
      if (iso) {
        void replayAt(iso);
      }
    }, DEBOUNCE_MS);
  });

  function render(): void {
    root.setAttribute("aria-label", t("replay.label"));
    setText(label, t("replay.label"));
    slider.setAttribute("aria-label", t("replay.slider"));
    const seconds = span?.from && span.to ? Math.max(0, Math.round((Date.parse(span.to) - Date.parse(span.from)) / 1000)) : 0;
    slider.max = String(seconds);
    slider.step = String(Math.max(1, span?.intervalSeconds ?? 1));
    slider.disabled = seconds === 0;
    if (!active) {
      slider.value = String(seconds);
    }
    const at = sliderTime();
    slider.setAttribute("aria-valuetext", at ? utcDateTime(at) : t("replay.unavailable"));
    setText(from, utcTime(span?.from));
    setText(to, utcTime(span?.to));
    setText(state, error ?? (seconds === 0 ? t("replay.unavailable") : active ? t("replay.showing", { time: utcTime(shownTime ?? at) }) : t("replay.live")));
    state.dataset["error"] = String(error !== undefined);
    setText(liveButton, t("replay.liveButton"));
    liveButton.setAttribute("aria-label", t("replay.liveLabel"));
    liveButton.disabled = !active;
    root.dataset["mode"] = active ? "replay" : "live";
    document.body.dataset["mode"] = active ? "replay" : "live";
    banner.hidden = !active;
    setText(banner, active ? t("replay.banner", { time: utcDateTime(shownTime ?? at) }) : "");
  }

  void refreshSpan();
  render();
  return {
    get active() {
      return active;
    },
    replayAt,
    goLive,
    render,
    livePictureTime() {
      if (!active && Date.now() - spanReadAt > SPAN_REFRESH_MS) {
        void refreshSpan();
      }
    },
  };
}
