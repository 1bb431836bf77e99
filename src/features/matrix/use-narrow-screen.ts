import { useMediaQuery } from "../../components/use-media-query.ts";

/** Up to this width the matrix shows cards instead of a table (matrix.css uses the same). */
const NARROW = "(max-width: 37.5rem)";

/** True on a phone-sized screen (600 CSS px or less), kept up to date as the window turns. */
export function useNarrowScreen(): boolean {
  return useMediaQuery(NARROW);
}
