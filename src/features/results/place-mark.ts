/** A framework's mark: places gained (negative: lost), or "new" when it joined the ranking. */
export type PlaceMark = number | "new";

/** "▲2", "▼1" or "new": the mark of a framework that just moved. */
export function markText(mark: PlaceMark): string {
  if (mark === "new") return "new";
  return mark > 0 ? `▲${mark}` : `▼${-mark}`;
}

/** Whether a mark is good news for the framework (up, or new in the ranking). */
export const markIsUp = (mark: PlaceMark): boolean => mark === "new" || mark > 0;
