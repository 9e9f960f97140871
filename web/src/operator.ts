// Who is acting: the signed-in user, as the action endpoints name them.

import { session } from "./session";

export interface Operator {
  actor: string;
  agency: string;
}

export function operator(): Operator {
  const s = session();
  return { actor: s?.name ?? "", agency: s?.agency ?? "" };
}
