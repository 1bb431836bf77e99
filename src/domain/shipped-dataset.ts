import raw from "../../data/frameworks.json";
import { parseDataset } from "./validate-dataset.ts";

/** The shipped dataset, validated on load (a broken file also fails the build). */
export const shippedDataset = parseDataset(raw);
