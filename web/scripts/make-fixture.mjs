// Builds fixtures/geography.sample.json: a stand-in for GET /api/geography, used by
// scripts/dev-server.mjs. Land comes from scripts/extract-land.mjs; everything else is
// hand-placed, approximate geometry at real Dover Strait positions (not for navigation).
//
// Usage: node scripts/extract-land.mjs /tmp/land.geojson
//        node scripts/make-fixture.mjs /tmp/land.geojson fixtures/geography.sample.json

import { readFileSync, writeFileSync } from "node:fs";

const [landPath, outputPath] = process.argv.slice(2);
if (!landPath || !outputPath) {
  console.error("usage: node scripts/make-fixture.mjs <land.geojson> <output.json>");
  process.exit(2);
}

const SOURCE = "Test fixture (approximate geometry, not for navigation)";
const KM_PER_DEG_LAT = 110.574;
const kmPerDegLon = (lat) => 111.32 * Math.cos((lat * Math.PI) / 180);
const round = (value) => Math.round(value * 1e5) / 1e5;

/** Moves a [lat, lon] point by east/north kilometres; returns GeoJSON [lon, lat]. */
const offset = ([lat, lon], east, north) => [round(lon + east / kmPerDegLon(lat)), round(lat + north / KM_PER_DEG_LAT)];

function signedArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum;
}

/** A closed, counter-clockwise polygon from an open ring of [lon, lat]. */
function polygon(ring) {
  const ccw = signedArea(ring) > 0 ? ring : [...ring].reverse();
  return { type: "Polygon", coordinates: [[...ccw, ccw[0]]] };
}

const point = (lat, lon) => ({ type: "Point", coordinates: [lon, lat] });

const feature = (properties, geometry) => ({
  type: "Feature",
  id: properties.id,
  properties: { source: SOURCE, approximate: true, ...properties },
  geometry,
});

// Separation-zone centre line [lat, lon], south-west to north-east, near the median line.
const AXIS = [
  [50.58, 0.62],
  [50.7, 0.86],
  [50.83, 1.1],
  [50.95, 1.33],
  [51.06, 1.57],
  [51.2, 1.89],
  [51.33, 2.13],
];

/** Unit vector (east, north in km) perpendicular to a-b, pointing north-west (towards England). */
function normal(a, b) {
  const east = (b[1] - a[1]) * kmPerDegLon(a[0]);
  const north = (b[0] - a[0]) * KM_PER_DEG_LAT;
  const length = Math.hypot(east, north);
  return [-north / length, east / length];
}

/** The band between `from` and `to` km off the axis (positive: north-west side). */
function band(from, to) {
  const near = [];
  const far = [];
  AXIS.forEach((p, i) => {
    const [e, n] = normal(AXIS[Math.max(0, i - 1)], AXIS[Math.min(AXIS.length - 1, i + 1)]);
    near.push(offset(p, e * from, n * from));
    far.push(offset(p, e * to, n * to));
  });
  return polygon([...near, ...far.reverse()]);
}

// The 1988 UK–France territorial sea boundary (turning points, WGS84).
const BOUNDARY_1988 = [
  [1.26348, 50.82439],
  [1.28141, 50.89552],
  [1.35558, 50.94913],
  [1.54669, 51.03775],
  [1.72392, 51.09859],
  [1.88755, 51.19935],
];

// A stand-in for the UK/France SAR region boundary, close to the median line.
const SAR_LINE = [
  [0.55, 50.45],
  [1.0, 50.66],
  [1.26348, 50.82439],
  [1.35558, 50.94913],
  [1.54669, 51.03775],
  [1.88755, 51.19935],
  [2.05, 51.42],
  [2.25, 51.7],
];

const land = JSON.parse(readFileSync(landPath, "utf8"));
const features = [...land.features];

features.push(
  feature(
    { id: "sar-uk", kind: "sar-region", name: "UK search and rescue region (Dover MRCC)", nation: "UK" },
    polygon([...SAR_LINE, [-1.0, 51.7], [-1.0, 50.45]]),
  ),
  feature(
    { id: "sar-fr", kind: "sar-region", name: "French search and rescue region (CROSS Gris-Nez)", nation: "FR" },
    polygon([...SAR_LINE, [3.0, 51.7], [3.0, 50.45]]),
  ),
  feature(
    { id: "ts-uk", kind: "territorial-sea", name: "UK territorial sea (12 nm)", nation: "UK" },
    polygon([
      [-1.0, 50.5], [-0.14, 50.62], [0.24, 50.53], [0.57, 50.65], [0.98, 50.71], [1.15, 50.76],
      ...BOUNDARY_1988,
      [1.8, 51.33], [1.78, 51.45], [1.6, 51.58], [1.2, 51.7], [-1.0, 51.7],
    ]),
  ),
  feature(
    { id: "ts-fr", kind: "territorial-sea", name: "French territorial sea (12 nm)", nation: "FR" },
    polygon([
      [0.77, 49.95], [1.24, 50.2], [1.24, 50.4], [1.27, 50.6], [1.25, 50.74],
      ...BOUNDARY_1988,
      [2.1, 51.27], [2.49, 51.33], [2.545, 51.09], [2.6, 50.8], [3.0, 50.5], [3.0, 49.9], [0.77, 49.9],
    ]),
  ),
  feature(
    {
      id: "boundary-1988",
      kind: "territorial-boundary",
      name: "UK–France territorial sea boundary (1988 agreement)",
      approximate: false,
      source: "Agreement relating to the delimitation of the territorial sea in the Straits of Dover, 1988",
    },
    { type: "LineString", coordinates: BOUNDARY_1988 },
  ),
  feature(
    { id: "sar-boundary", kind: "sar-boundary", name: "UK/France SAR region boundary (proxy)" },
    { type: "LineString", coordinates: SAR_LINE },
  ),
  feature({ id: "tss-sz", kind: "tss-separation-zone", name: "Dover Strait TSS separation zone" }, band(-0.9, 0.9)),
  feature({ id: "tss-sw", kind: "tss-lane", name: "Dover Strait TSS south-west-bound lane", direction: "SW" }, band(0.9, 8.5)),
  feature({ id: "tss-ne", kind: "tss-lane", name: "Dover Strait TSS north-east-bound lane", direction: "NE" }, band(-8.5, -0.9)),
  feature({ id: "itz-uk", kind: "inshore-traffic-zone", name: "English inshore traffic zone", nation: "UK" }, band(8.5, 13)),
  feature({ id: "itz-fr", kind: "inshore-traffic-zone", name: "French inshore traffic zone", nation: "FR" }, band(-13, -8.5)),
);

const BEACHES = [
  ["Hardelot", 50.633, 1.576],
  ["Le Portel", 50.706, 1.57],
  ["Wimereux", 50.77, 1.607],
  ["Wissant", 50.887, 1.662],
  ["Sangatte", 50.947, 1.752],
  ["Calais", 50.962, 1.833],
  ["Gravelines", 51.005, 2.105],
  ["Dunkerque (Malo-les-Bains)", 51.052, 2.395],
];
BEACHES.forEach(([name, lat, lon], i) => features.push(feature({ id: `beach-${i + 1}`, kind: "launch-beach", name }, point(lat, lon))));

const LANDINGS = [
  ["Dover (Western Docks)", 51.115, 1.318],
  ["Folkestone", 51.078, 1.185],
  ["Dungeness", 50.913, 0.976],
  ["Deal", 51.222, 1.404],
  ["Hythe", 51.067, 1.085],
];
LANDINGS.forEach(([name, lat, lon], i) => features.push(feature({ id: `landing-${i + 1}`, kind: "landing", name }, point(lat, lon))));

const STATIONS = [
  ["Dover lifeboat station", "RNLI", 51.12, 1.312],
  ["Walmer lifeboat station", "RNLI", 51.204, 1.402],
  ["Dungeness lifeboat station", "RNLI", 50.914, 0.973],
  ["Littlestone-on-Sea lifeboat station", "RNLI", 50.979, 0.974],
  ["Ramsgate lifeboat station", "RNLI", 51.327, 1.419],
  ["SNSM Calais", "SNSM", 50.966, 1.862],
  ["SNSM Boulogne-sur-Mer", "SNSM", 50.727, 1.596],
  ["SNSM Gravelines", "SNSM", 51.009, 2.124],
  ["SNSM Dunkerque", "SNSM", 51.055, 2.362],
];
STATIONS.forEach(([name, operator, lat, lon], i) =>
  features.push(feature({ id: `station-${i + 1}`, kind: "lifeboat-station", name, operator }, point(lat, lon))),
);

features.push(
  feature({ id: "cc-dover", kind: "coordination-centre", name: "HM Coastguard Dover (MRCC)", nation: "UK" }, point(51.1325, 1.3425)),
  feature({ id: "cc-gris-nez", kind: "coordination-centre", name: "CROSS Gris-Nez", nation: "FR" }, point(50.8685, 1.585)),
  feature({ id: "radar-langdon", kind: "radar-site", name: "Langdon Battery radar", nation: "UK" }, point(51.13, 1.348)),
  feature({ id: "radar-dungeness", kind: "radar-site", name: "Dungeness radar", nation: "UK" }, point(50.9135, 0.97)),
  feature({ id: "radar-gris-nez", kind: "radar-site", name: "Cap Gris-Nez radar", nation: "FR" }, point(50.87, 1.583)),
);

// One feature per line keeps diffs readable.
const body = features.map((f) => JSON.stringify(f)).join(",\n");
writeFileSync(outputPath, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);

const counts = {};
for (const f of features) {
  counts[f.properties.kind] = (counts[f.properties.kind] ?? 0) + 1;
}
console.log(`fixture: ${features.length} features`, JSON.stringify(counts));
