// How a track reads in the tooltip and the details panel (every field the server sends).

import { formatDecimal, formatPosition } from "./format";
import { t, tryT } from "./i18n";
import { trackLabel } from "./layers/tracks";
import type { TrackJson } from "./live/types";

export function trackTitle(track: TrackJson): string {
  return trackLabel(track);
}

/** e.g. "Small boat — confirmed — 6.2 kn 312° — 48 people". */
export function describeTrack(track: TrackJson): string {
  const parts = [
    tryT(`class.${track.class}`, track.class),
    tryT(`trackStatus.${track.status}`, track.status),
    `${track.speedKnots.toFixed(1)} kn ${Math.round(track.courseDegrees)}°`,
  ];
  if (track.people !== null && track.people !== undefined) {
    parts.push(t("track.peopleCount", { count: track.people }));
  }
  return parts.join(" — ");
}

/** Term, then one or more lines, for each field. */
export function trackRows(track: TrackJson): string[][] {
  const none = "—";
  return [
    [t("track.id"), `T${track.id}`],
    [t("track.class"), tryT(`class.${track.class}`, track.class)],
    [t("track.status"), tryT(`trackStatus.${track.status}`, track.status)],
    [t("track.confidence"), `${Math.round(track.confidence * 100)} %`],
    [t("track.name"), track.name ?? none],
    [t("track.mmsi"), track.mmsi !== null && track.mmsi !== undefined ? String(track.mmsi) : none],
    [t("track.people"), track.people !== null && track.people !== undefined ? String(track.people) : none],
    [t("details.position"), formatPosition(track.lon, track.lat), formatDecimal(track.lon, track.lat)],
    [t("track.speed"), `${track.speedKnots.toFixed(1)} kn`],
    [t("track.course"), `${Math.round(track.courseDegrees)}°`],
    [t("track.sigma"), `${Math.round(track.sigmaMetres)} m`],
  ];
}
