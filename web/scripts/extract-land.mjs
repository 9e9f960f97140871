// Extracts the Dover Strait coastline from Natural Earth 1:10m admin-0 countries
// (npm package world-atlas, public domain) and writes it as a GeoJSON FeatureCollection.
//
// Usage: node scripts/extract-land.mjs <output.geojson>

import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";

const require = createRequire(import.meta.url);
const { feature } = require("topojson-client");
const atlas = require("world-atlas/countries-10m.json");

const SOURCE = "Natural Earth 1:10m admin-0 countries via npm world-atlas 2.0.2 (public domain)";

/** Clip box in WGS84 degrees. */
const BOX = { west: -1.0, south: 49.9, east: 3.0, north: 51.8 };

/** ISO 3166-1 numeric id (as used by world-atlas) to output country code and name. */
const COUNTRIES = [
  { id: "826", country: "GB", name: "United Kingdom" },
  { id: "250", country: "FR", name: "France" },
  { id: "056", country: "BE", name: "Belgium" },
];

const DECIMALS = 5;

const output = process.argv[2];
if (!output) {
  console.error("usage: node scripts/extract-land.mjs <output.geojson>");
  process.exit(2);
}

/**
 * The four half-planes of the box. Each edge says whether a point is inside and where
 * the segment a-b crosses the edge line.
 */
const EDGES = [
  { inside: (p) => p[0] >= BOX.west, cross: (a, b) => atLon(a, b, BOX.west) },
  { inside: (p) => p[0] <= BOX.east, cross: (a, b) => atLon(a, b, BOX.east) },
  { inside: (p) => p[1] >= BOX.south, cross: (a, b) => atLat(a, b, BOX.south) },
  { inside: (p) => p[1] <= BOX.north, cross: (a, b) => atLat(a, b, BOX.north) },
];

function atLon(a, b, lon) {
  const t = (lon - a[0]) / (b[0] - a[0]);
  return [lon, a[1] + t * (b[1] - a[1])];
}

function atLat(a, b, lat) {
  const t = (lat - a[1]) / (b[1] - a[1]);
  return [a[0] + t * (b[0] - a[0]), lat];
}

/** Sutherland–Hodgman: clips one ring (open, without the closing vertex) against the box. */
function clipRing(ring) {
  let points = ring;
  for (const edge of EDGES) {
    if (points.length === 0) {
      break;
    }
    const result = [];
    let previous = points[points.length - 1];
    for (const current of points) {
      const currentInside = edge.inside(current);
      const previousInside = edge.inside(previous);
      if (currentInside) {
        if (!previousInside) {
          result.push(edge.cross(previous, current));
        }
        result.push(current);
      } else if (previousInside) {
        result.push(edge.cross(previous, current));
      }
      previous = current;
    }
    points = result;
  }
  return points;
}

function round(value) {
  const factor = 10 ** DECIMALS;
  return Math.round(value * factor) / factor;
}

/** Twice the signed planar area; positive for counter-clockwise rings. */
function signedArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return sum;
}

/**
 * Clips, rounds and de-duplicates a closed GeoJSON ring. Returns a closed ring wound
 * counter-clockwise (exterior) or clockwise (hole), or null when nothing is left.
 */
function processRing(ring, exterior) {
  const open = ring.slice(0, -1);
  const clipped = clipRing(open).map(([lon, lat]) => [round(lon), round(lat)]);
  const deduped = clipped.filter((p, i, all) => {
    const prev = all[(i + all.length - 1) % all.length];
    return all.length === 1 || p[0] !== prev[0] || p[1] !== prev[1];
  });
  if (deduped.length < 3 || signedArea(deduped) === 0) {
    return null;
  }
  const ccw = signedArea(deduped) > 0;
  if (ccw !== exterior) {
    deduped.reverse();
  }
  deduped.push([...deduped[0]]);
  return deduped;
}

function clipPolygon(polygon) {
  const [outer, ...holes] = polygon;
  const exterior = processRing(outer, true);
  if (!exterior) {
    return null;
  }
  const interiors = holes.map((hole) => processRing(hole, false)).filter((r) => r !== null);
  return [exterior, ...interiors];
}

const countries = feature(atlas, atlas.objects.countries).features;
const features = [];
let vertices = 0;

for (const { id, country, name } of COUNTRIES) {
  const source = countries.find((f) => f.id === id);
  if (!source) {
    throw new Error(`country ${id} (${name}) not found in world-atlas`);
  }
  const geometry = source.geometry;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const clipped = polygons.map(clipPolygon).filter((p) => p !== null);
  if (clipped.length === 0) {
    continue;
  }
  for (const polygon of clipped) {
    for (const ring of polygon) {
      vertices += ring.length;
    }
  }
  features.push({
    type: "Feature",
    id: `land-${country}`,
    properties: { id: `land-${country}`, kind: "land", country, name, source: SOURCE },
    geometry: { type: "MultiPolygon", coordinates: clipped },
  });
}

const collection = { type: "FeatureCollection", features };
const path = resolve(output);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, JSON.stringify(collection) + "\n");

const parts = features.map((f) => `${f.properties.country} ${f.geometry.coordinates.length}`).join(", ");
console.log(`land: ${features.length} features (${parts} polygons), ${vertices} vertices -> ${path}`);
