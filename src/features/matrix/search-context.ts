import { createContext } from "react";
import type { MatrixSearch } from "./search.ts";

/** The matrix search in force, for the cells that mark what it matched; undefined when blank. */
export const MatrixSearchContext = createContext<MatrixSearch | undefined>(undefined);
