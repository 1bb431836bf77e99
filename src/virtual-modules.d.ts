/// <reference types="vite-plugin-pwa/vanillajs" />

declare module "virtual:framework-fit/dataset" {
  /** The validated dataset the app was built with. */
  const dataset: import("./domain/types.ts").Dataset;
  export default dataset;
}
