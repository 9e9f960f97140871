// The JSON the live picture endpoints answer (docs/api.md). Field names as the server writes them. Nullable fields
// are optional: the stream leaves null fields out of pushed events, while GET answers write them as null.

export type TrackClass = "vessel-ais" | "small-boat" | "unknown";
export type TrackStatus = "tentative" | "confirmed" | "coasting";

export interface TrackJson {
  id: number | string;
  lat: number;
  lon: number;
  speedKnots: number;
  courseDegrees: number;
  sigmaMetres: number;
  class: TrackClass | string;
  confidence: number;
  status: TrackStatus | string;
  mmsi?: number | null;
  name?: string | null;
  people?: number | null;
}

export interface NightJson {
  time?: string;
  nightStart?: string;
  launches: number;
  boatsAtSea: number;
  landed: number;
  rescued: number;
  peopleAtSea: number;
  peopleLanded: number;
  peopleRescued: number;
  alertsOpen: number;
  incidentsOpen: number;
  incidentsClosed?: number;
}

export interface FrameJson {
  time: string;
  sentAt?: string;
  tracks: TrackJson[];
  night?: NightJson | null;
}

export interface TracksJson {
  time: string;
  tracks: TrackJson[];
}

export interface AlertJson {
  id: string;
  number: number;
  type: string;
  severity: string;
  status: string;
  raisedAt: string;
  lastSeen: string;
  occurrences: number;
  lat?: number | null;
  lon?: number | null;
  track?: number | null;
  zone?: string | null;
  message: string;
  people?: number | null;
  acknowledgedBy?: string | null;
  acknowledgedAt?: string | null;
  resolvedBy?: string | null;
  resolvedAt?: string | null;
  resolution?: string | null;
  escalations: number;
  incident?: string | null;
}

export interface IncidentJson {
  id: string;
  origin: string;
  openedAt: string;
  status: string;
  coordinator: string;
  datumLat: number;
  datumLon: number;
  datumSigmaMetres: number;
  datumBasis: string;
  datumTime: string;
  datumTrack?: number | null;
  peopleAboard?: number | null;
  peopleRescued: number;
  peopleLanded: number;
  peopleMissing: number;
  handoverOfferedTo?: string | null;
  handoverDeadline?: string | null;
  handoverEscalated: boolean;
  callers: number;
  /** "asset-id: task" for each tasked asset. */
  taskedAssets: string[];
  logEntries: number;
  searches: number;
  cumulativePos: number;
}

export interface LogEntryJson {
  position: number;
  version: number;
  type: string;
  time: string;
  actor: string;
  centre: string;
  reason: string;
  event: Record<string, unknown>;
}

export interface IncidentDetailJson {
  incident: IncidentJson;
  log: LogEntryJson[];
}

export interface AssetJson {
  id: string;
  name: string;
  kind: string;
  nation: string;
  operator: string;
  lat: number;
  lon: number;
  speedKnots: number;
  status: string;
  incident?: string | null;
  task?: string | null;
}

export interface SensorJson {
  id: string;
  kind: string;
  name: string;
  lat?: number | null;
  lon?: number | null;
  rangeMetres?: number | null;
  status: string;
  lastHeard?: string | null;
  detections: number;
}

export interface ReplayJson {
  from?: string | null;
  to?: string | null;
  snapshots: number;
  intervalSeconds: number;
}

export interface ActionJson {
  positions: number[];
  outcome: string;
}

/** A mayday relay candidate, as in the `mayday-relay-broadcast` event (docs/formats/incidents.md). */
export interface CandidateJson {
  mmsi: number;
  name?: string;
  distance_m: number;
  eta_min: number;
}
