import type { Weights } from "./types.ts";

/** A common project shape as a one-click starting profile; languages are left to the team. */
export interface Preset {
  /** Stable id, used as a React key and in tests. */
  id: string;
  name: string;
  /** One line: the kind of project it fits. */
  description: string;
  weights: Readonly<Weights>;
  /** Why these weights: what the heaviest criteria buy this kind of project. */
  reason: string;
}

/** The presets, in the order they are offered; the README's "Presets" table shows them. */
export const PRESETS: readonly Preset[] = [
  {
    id: "api-backend",
    name: "API for a separate front end",
    description: "A JSON API behind a single-page or mobile app built elsewhere.",
    weights: {
      performance: 3,
      scalability: 3,
      realtime: 1,
      orm: 3,
      learning: 3,
      productivity: 2,
      ecosystem: 4,
      security: 3,
      flexibility: 4,
    },
    reason:
      "Pages, templates and an admin live elsewhere, so batteries matter less; a lean core and a wide ecosystem matter more.",
  },
  {
    id: "server-rendered",
    name: "Server-rendered product with an admin",
    description: "Pages rendered on the server, forms over a database and an admin for staff.",
    weights: {
      performance: 2,
      scalability: 2,
      realtime: 1,
      orm: 5,
      learning: 3,
      productivity: 5,
      ecosystem: 3,
      security: 4,
      flexibility: 1,
    },
    reason:
      "Built-in auth, admin, forms and a data layer whose models drive them save the most work; safe template defaults matter.",
  },
  {
    id: "realtime",
    name: "Real-time collaboration",
    description: "Many people editing or chatting at once, with changes pushed live.",
    weights: {
      performance: 3,
      scalability: 5,
      realtime: 5,
      orm: 3,
      learning: 2,
      productivity: 2,
      ecosystem: 3,
      security: 4,
      flexibility: 2,
    },
    reason:
      "Live updates are the product: first-party real-time support and many open connections per server come first.",
  },
  {
    id: "high-throughput",
    name: "High-throughput service",
    description: "A service under heavy load where every request and server counts.",
    weights: {
      performance: 5,
      scalability: 5,
      realtime: 2,
      orm: 2,
      learning: 1,
      productivity: 1,
      ecosystem: 3,
      security: 3,
      flexibility: 4,
    },
    reason:
      "Raw speed and scaling decide the hosting bill; a seasoned team trades batteries for a lean, flexible core.",
  },
  {
    id: "prototype",
    name: "Prototype to validate fast",
    description: "A first version to test an idea with real users within weeks.",
    weights: {
      performance: 1,
      scalability: 1,
      realtime: 1,
      orm: 3,
      learning: 5,
      productivity: 5,
      ecosystem: 3,
      security: 2,
      flexibility: 1,
    },
    reason:
      "Speed of building wins: batteries included and a gentle learning curve; load and scaling can wait.",
  },
  {
    id: "enterprise",
    name: "Enterprise line-of-business app",
    description: "Internal business workflows over a rich data model, maintained for years.",
    weights: {
      performance: 2,
      scalability: 3,
      realtime: 1,
      orm: 4,
      learning: 2,
      productivity: 3,
      ecosystem: 5,
      security: 5,
      flexibility: 1,
    },
    reason:
      "Safe defaults and a large hiring pool outlast any one team; a strong data layer carries the business rules.",
  },
];
