// GET api/stats/operational, read so that a missing or failing endpoint is a state to show, never an exception.

import { ApiError, errorMessage, getJson } from "../live/http";
import type { OperationalJson } from "./types";

export type OperationalResult =
  | { state: "ok"; data: OperationalJson }
  /** The request was refused (a bad range): the server's reason. */
  | { state: "refused"; reason: string }
  /** No endpoint (404), a server failure or no connection: there are no operational statistics to show. */
  | { state: "unavailable"; reason: string };

/** Reads the operational statistics, optionally for nights from..to (YYYY-MM-DD, inclusive). */
export async function fetchOperational(from?: string, to?: string): Promise<OperationalResult> {
  const query = new URLSearchParams();
  if (from) {
    query.set("from", from);
  }
  if (to) {
    query.set("to", to);
  }
  const search = query.toString();
  const url = `api/stats/operational${search ? `?${search}` : ""}`;
  try {
    const data = await getJson<OperationalJson>(url);
    // A server of another version could answer something else: only a body of the contract's shape is used.
    if (!data || !Array.isArray(data.nights) || !Array.isArray(data.beaches) || typeof data.total !== "object") {
      return { state: "unavailable", reason: "unexpected response" };
    }
    return { state: "ok", data };
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      return { state: "refused", reason: error.message };
    }
    return { state: "unavailable", reason: errorMessage(error) };
  }
}
