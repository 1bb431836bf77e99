const twoDigits = (n: number) => String(n).padStart(2, "0");

/** Today in the user's own time zone, as yyyy-mm-dd: the date a record is written on. */
export function localIsoDate(now = new Date()): string {
  return `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
}
