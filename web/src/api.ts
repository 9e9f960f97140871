// The server API. Relative URLs, so the app works under any base path.

export const GEOGRAPHY_URL = "api/geography";

export interface FeatureCollectionJson {
  type: "FeatureCollection";
  features: unknown[];
}

function isFeatureCollection(value: unknown): value is FeatureCollectionJson {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { type?: unknown }).type === "FeatureCollection" &&
    Array.isArray((value as { features?: unknown }).features)
  );
}

/** Fetches the static geography (GeoJSON, WGS84). Throws on HTTP or format errors. */
export async function fetchGeography(): Promise<FeatureCollectionJson> {
  const response = await fetch(GEOGRAPHY_URL, {
    headers: { Accept: "application/geo+json, application/json" },
  });
  if (!response.ok) {
    throw new Error(`GET ${GEOGRAPHY_URL} failed: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const body: unknown = await response.json();
  if (!isFeatureCollection(body)) {
    throw new Error(`GET ${GEOGRAPHY_URL} did not return a GeoJSON FeatureCollection`);
  }
  return body;
}
