import { useMediaQuery } from "../../components/use-media-query.ts";

/** Up to this width the comparison is stacked by row instead of a table (compare.css agrees). */
const PHONE = "(max-width: 43.75rem)";

/** True on a phone-sized screen (700 CSS px or less), kept up to date as the window turns. */
export function usePhoneLayout(): boolean {
  return useMediaQuery(PHONE);
}
