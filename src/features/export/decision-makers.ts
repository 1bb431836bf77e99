import { cleanName, MAX_NAME_LENGTH } from "../../domain/plain-name.ts";

/** At most this many names: a record names the people who decide, not a mailing list. */
export const MAX_DECISION_MAKERS = 12;

/** The names typed into "Decided by": comma-separated, cleaned to plain text, cut to 40 characters. */
export function parseDecisionMakers(typed: string): string[] {
  return typed
    .split(",")
    .map((name) => Array.from(cleanName(name)).slice(0, MAX_NAME_LENGTH).join("").trim())
    .filter((name) => name.length > 0)
    .slice(0, MAX_DECISION_MAKERS);
}
