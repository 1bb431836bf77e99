import { createContext } from "react";

/** True while the matrix shows a "your score" select in each score cell. */
export const ScoreEditingContext = createContext(false);
