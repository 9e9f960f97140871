// Hover tooltip and click details for map features.

import type { FeatureLike } from "ol/Feature";
import Point from "ol/geom/Point";
import type { Pixel } from "ol/pixel";
import { toLonLat } from "ol/proj";
import { formatDecimal, formatPosition } from "./format";
import { t } from "./i18n";
import type { GeographyProperties } from "./kinds";
import { describeKind } from "./labels";
import type { TrackLayer } from "./layers/tracks";
import type { TrackJson } from "./live/types";
import type { EntenteMap } from "./map";
import { describeTrack, trackRows, trackTitle } from "./trackText";

const HIT_TOLERANCE = 3;
const TOOLTIP_OFFSET = 14;

interface TrackSelection {
  track: string;
}

interface Selection {
  track?: undefined;
  props: GeographyProperties;
  lonLat: [number, number];
  /** True when the position is the feature's own (a point), false when it is where the user clicked. */
  exact: boolean;
}

export interface Inspector {
  /** Re-renders the open details (after a language change, or a new frame for a selected track). */
  render(): void;
  /** Shows a track's details, as a click on it does. */
  selectTrack(id: string): void;
}

export function installInspector(
  entente: EntenteMap,
  target: HTMLElement,
  tooltip: HTMLElement,
  details: HTMLElement,
  tracks: TrackLayer,
): Inspector {
  const { map } = entente;
  let selection: Selection | TrackSelection | undefined;

  /** Tracks come first: they are drawn above the geography and are what the watch is about. */
  function topTrack(pixel: Pixel): TrackJson | undefined {
    for (const feature of map.getFeaturesAtPixel(pixel, { hitTolerance: HIT_TOLERANCE, layerFilter: tracks.isTrackLayer })) {
      const track = tracks.trackOf(feature);
      if (track) {
        return track;
      }
    }
    return undefined;
  }

  function topFeature(pixel: Pixel): FeatureLike | undefined {
    return map.getFeaturesAtPixel(pixel, { hitTolerance: HIT_TOLERANCE, layerFilter: entente.isGeographyLayer })[0];
  }

  function hideTooltip(): void {
    tooltip.hidden = true;
  }

  function showTooltip(title: string, subtitle: string, pixel: Pixel): void {
    const name = document.createElement("strong");
    name.textContent = title;
    const kind = document.createElement("span");
    kind.textContent = subtitle;
    tooltip.replaceChildren(name, kind);
    tooltip.hidden = false;

    // Keep the tooltip inside the map.
    const [x = 0, y = 0] = pixel;
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const left = x + TOOLTIP_OFFSET + width > target.clientWidth ? x - TOOLTIP_OFFSET - width : x + TOOLTIP_OFFSET;
    const top = y + TOOLTIP_OFFSET + height > target.clientHeight ? y - TOOLTIP_OFFSET - height : y + TOOLTIP_OFFSET;
    tooltip.style.transform = `translate(${Math.max(0, left)}px, ${Math.max(0, top)}px)`;
  }

  function row(list: HTMLElement, term: string, ...lines: string[]): void {
    const dt = document.createElement("dt");
    dt.textContent = term;
    const dd = document.createElement("dd");
    for (const line of lines) {
      const part = document.createElement("span");
      part.textContent = line;
      dd.append(part);
    }
    list.append(dt, dd);
  }

  function header(text: string): HTMLElement {
    const header = document.createElement("div");
    header.className = "details__header";
    const title = document.createElement("h2");
    title.className = "details__title";
    title.textContent = text;
    const close = document.createElement("button");
    close.type = "button";
    close.className = "details__close";
    close.setAttribute("aria-label", t("details.close"));
    close.title = t("details.close");
    close.textContent = "×";
    close.addEventListener("click", () => select(undefined));
    header.append(title, close);
    return header;
  }

  function renderTrack(id: string): void {
    const track = tracks.get(id);
    if (!track) {
      select(undefined);
      return;
    }
    const list = document.createElement("dl");
    list.className = "details__list";
    for (const [term, ...lines] of trackRows(track)) {
      row(list, term ?? "", ...lines);
    }
    details.replaceChildren(header(trackTitle(track)), list);
    details.dataset["track"] = id;
    details.setAttribute("aria-label", t("details.title"));
    details.hidden = false;
  }

  function render(): void {
    if (!selection) {
      details.hidden = true;
      details.replaceChildren();
      return;
    }
    if (selection.track !== undefined) {
      renderTrack(selection.track);
      return;
    }
    delete details.dataset["track"];
    const { props, lonLat, exact } = selection;

    const list = document.createElement("dl");
    list.className = "details__list";
    row(list, t("details.kind"), describeKind(props));
    row(list, t("details.source"), props.source ?? "—");
    row(
      list,
      t(exact ? "details.position" : "details.clicked"),
      formatPosition(lonLat[0], lonLat[1]),
      formatDecimal(lonLat[0], lonLat[1]),
    );
    details.replaceChildren(header(props.name ?? props.id ?? t("details.title")), list);
    if (props.approximate) {
      const note = document.createElement("p");
      note.className = "details__note";
      note.textContent = t("details.approximate");
      details.append(note);
    }
    details.setAttribute("aria-label", t("details.title"));
    details.hidden = false;
  }

  function select(next: Selection | TrackSelection | undefined): void {
    selection = next;
    tracks.select(next?.track);
    render();
  }

  map.on("pointermove", (event) => {
    if (event.dragging) {
      hideTooltip();
      return;
    }
    const track = topTrack(event.pixel);
    if (track) {
      target.style.cursor = "pointer";
      showTooltip(trackTitle(track), describeTrack(track), event.pixel);
      return;
    }
    const feature = topFeature(event.pixel);
    const geometryType = feature?.getGeometry()?.getType();
    target.style.cursor = feature && geometryType !== "Polygon" && geometryType !== "MultiPolygon" ? "pointer" : "";
    if (feature) {
      const props = feature.getProperties() as GeographyProperties;
      showTooltip(props.name ?? props.id ?? "", describeKind(props), event.pixel);
    } else {
      hideTooltip();
    }
  });

  target.addEventListener("pointerleave", hideTooltip);

  map.on("singleclick", (event) => {
    const track = topTrack(event.pixel);
    if (track) {
      select({ track: String(track.id) });
      return;
    }
    const feature = topFeature(event.pixel);
    if (!feature) {
      select(undefined);
      return;
    }
    const geometry = feature.getGeometry();
    const exact = geometry instanceof Point;
    const coordinate = exact ? geometry.getCoordinates() : event.coordinate;
    const [lon = 0, lat = 0] = toLonLat(coordinate);
    select({ props: feature.getProperties() as GeographyProperties, lonLat: [lon, lat], exact });
  });

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && selection) {
      select(undefined);
    }
  });

  return { render, selectTrack: (id) => select({ track: id }) };
}
