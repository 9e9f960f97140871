// The night summary bar (from each frame's `night`) and the picture time beside the UTC clock.
// Built once; each frame only changes text that differs, so a frame a second costs no layout work.

import { h, setText } from "./dom";
import { type MessageKey, t } from "./i18n";
import type { NightJson } from "./live/types";
import { utcTime } from "./time";

type Field = { key: MessageKey; value(n: NightJson): string; id: string; tone?: string };

const FIELDS: readonly Field[] = [
  { id: "launches", key: "summary.launches", value: (n) => String(n.launches) },
  { id: "boatsAtSea", key: "summary.boatsAtSea", value: (n) => String(n.boatsAtSea), tone: "hot" },
  { id: "landed", key: "summary.landed", value: (n) => String(n.landed) },
  { id: "rescued", key: "summary.rescued", value: (n) => String(n.rescued) },
  { id: "peopleAtSea", key: "summary.peopleAtSea", value: (n) => String(n.peopleAtSea), tone: "hot" },
  { id: "peopleLanded", key: "summary.peopleLanded", value: (n) => String(n.peopleLanded) },
  { id: "peopleRescued", key: "summary.peopleRescued", value: (n) => String(n.peopleRescued) },
  { id: "alertsOpen", key: "summary.alertsOpen", value: (n) => String(n.alertsOpen), tone: "warn" },
  { id: "incidentsOpen", key: "summary.incidentsOpen", value: (n) => String(n.incidentsOpen), tone: "warn" },
];

export interface SummaryBar {
  setNight(night: NightJson | null | undefined): void;
  setPictureTime(iso: string | undefined, replay: boolean): void;
  render(): void;
}

export function createSummaryBar(root: HTMLElement, pictureClock: HTMLElement): SummaryBar {
  const labels = new Map<string, HTMLElement>();
  const values = new Map<string, HTMLElement>();
  const title = h("span", { className: "summary__title" });
  root.replaceChildren(title);
  for (const field of FIELDS) {
    const label = h("span", { className: "summary__label" });
    const value = h("span", { className: "summary__value", text: "—", dataset: { field: field.id } });
    labels.set(field.id, label);
    values.set(field.id, value);
    root.append(h("span", { className: `summary__item${field.tone ? ` summary__item--${field.tone}` : ""}` }, value, label));
  }
  let night: NightJson | null | undefined;
  let picture: { iso: string | undefined; replay: boolean } = { iso: undefined, replay: false };

  function render(): void {
    root.setAttribute("aria-label", t("summary.label"));
    setText(title, t("summary.title"));
    for (const field of FIELDS) {
      const label = labels.get(field.id);
      if (label) {
        setText(label, t(field.key));
      }
    }
    pictureClock.title = t(picture.replay ? "picture.replayLabel" : "picture.label");
    setText(pictureClock, `${t(picture.replay ? "picture.replay" : "picture.live")} ${utcTime(picture.iso)}`);
    pictureClock.dataset["mode"] = picture.replay ? "replay" : "live";
    if (picture.iso) {
      pictureClock.setAttribute("datetime", picture.iso);
    }
  }

  return {
    setNight(next) {
      night = next;
      if (!night) {
        return;
      }
      for (const field of FIELDS) {
        const el = values.get(field.id);
        if (el) {
          setText(el, field.value(night));
        }
      }
    },
    setPictureTime(iso, replay) {
      picture = { iso, replay };
      render();
    },
    render,
  };
}
