// Coordinate formatting in the nautical style: degrees and decimal minutes.

function degreesMinutes(value: number, positive: string, negative: string, degreeDigits: number): string {
  const hemisphere = value < 0 ? negative : positive;
  const thousandths = Math.round(Math.abs(value) * 60 * 1000);
  const degrees = Math.floor(thousandths / 60000);
  const minutes = (thousandths - degrees * 60000) / 1000;
  const d = String(degrees).padStart(degreeDigits, "0");
  const m = minutes.toFixed(3).padStart(6, "0");
  return `${d}°${m}′${hemisphere}`;
}

export function formatLat(lat: number): string {
  return degreesMinutes(lat, "N", "S", 2);
}

export function formatLon(lon: number): string {
  return degreesMinutes(lon, "E", "W", 3);
}

/** e.g. "50°53.220′N 001°39.720′E". */
export function formatPosition(lon: number, lat: number): string {
  return `${formatLat(lat)} ${formatLon(lon)}`;
}

/** e.g. "50.88700, 1.66200" (latitude first, as people read it). */
export function formatDecimal(lon: number, lat: number): string {
  return `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}

/** Graticule label, e.g. "51°10′N". */
export function formatGraticule(value: number, positive: string, negative: string): string {
  const hemisphere = value < 0 ? negative : positive;
  const totalMinutes = Math.round(Math.abs(value) * 60);
  const degrees = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes - degrees * 60;
  return `${degrees}°${String(minutes).padStart(2, "0")}′${hemisphere}`;
}
