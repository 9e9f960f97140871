// JSON shapes of GET api/stats/official and GET api/stats/operational (docs/api.md).

export interface OfficialPeriodJson {
  label: string;
  start: string;
  end: string;
  days: number;
  complete: boolean;
  people: number;
  boats: number;
  peoplePerBoat: number | null;
  peopleChangePercent: number | null;
  boatsChangePercent: number | null;
  peoplePerBoatChangePercent: number | null;
}

export interface OfficialJson {
  imported: boolean;
  seriesFrom: string | null;
  seriesTo: string | null;
  weeklyImported: boolean;
  weeklyFrom: string | null;
  weeklyTo: string | null;
  from: string | null;
  to: string | null;
  years: OfficialPeriodJson[];
  months: OfficialPeriodJson[];
  weeks: OfficialPeriodJson[];
  rolling7Day: { date: string; peoplePerDay: number | null; boatsPerDay: number | null }[];
  recordDay: { date: string; people: number | null; boats: number | null } | null;
  recordMonth: OfficialPeriodJson | null;
  seasonality: { month: number; people: number; sharePercent: number }[];
  prevention: {
    year: number;
    peopleArrived: number;
    peoplePrevented: number;
    eventsPrevented: number;
    weeksWithPrevented: number;
    preventedSharePercent: number | null;
  }[];
}

/** Durations in seconds; the three seconds fields are left out when count is 0. */
export interface DurationSummaryJson {
  count: number;
  medianSeconds?: number;
  percentile90Seconds?: number;
  longestSeconds?: number;
}

export interface OperationalPeriodJson {
  firstNight: string;
  lastNight: string;
  launchesDetected: number;
  launchesByBeach: Record<string, number>;
  boatsAtSea: number;
  boatsLanded: number;
  boatsPrevented: number;
  boatsIntercepted: number;
  boatsRescued: number;
  peopleAtSea: number;
  peopleLanded: number;
  peoplePrevented: number;
  peopleIntercepted: number;
  peopleRescued: number;
  peopleMissing: number;
  incidentsOpened: number;
  incidentsClosed: number;
  handoversOffered: number;
  handoversAccepted: number;
  handoversDeclined: number;
  launchToFirstDetection: DurationSummaryJson;
  alertToAcknowledgement: DurationSummaryJson;
  distressToFirstTasking: DurationSummaryJson;
}

export interface BeachLaunchesJson {
  id: string;
  name: string;
  lat: number;
  lon: number;
  launches: number;
}

export interface OperationalJson {
  from: string;
  to: string;
  total: OperationalPeriodJson;
  nights: OperationalPeriodJson[];
  beaches: BeachLaunchesJson[];
}
