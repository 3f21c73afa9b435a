// Types for the module a page loads: sundhedsraad.js.

/** Where a published figure comes from. */
export interface Source {
  document: string;
  edition: string;
  place: string;
  priceLevel: string | null;
}

/** One year of one pool. Money is exact mio. kr. as a decimal string. */
export interface YearAmount {
  year: number;
  /** The national figure as published, or null when unpublished. */
  national: string | null;
  source: Source | null;
  /** The council's amount to the krone, or null when no national figure exists. */
  council: string | null;
  basis: "estimate" | "official" | "unpublished";
}

export interface PoolEnvelope {
  pool: string;
  name: string;
  years: YearAmount[];
}

export interface MunicipalityVotes {
  code: number;
  name: string;
  votes: number;
  basis: "published" | "population";
  population: number | null;
  /** Share of the council's weighted votes, 0..1, as a decimal string. */
  voteShare: string;
}

export interface Report {
  council: { id: string; name: string; region: string; populationThousands: number; membersPublished: number; source: Source };
  members: { municipal: number; regional: number; total: number };
  votes: { municipal: number; regional: number; total: number; majorityNeeded: number };
  regionMajority: { heads: boolean; votes: boolean };
  municipalities: MunicipalityVotes[];
  regionSeats: { region: string; seatsNeeded: number; regionsraadUdspil: number; regionsraadLaw: number };
  key: "population" | "anlaeg" | "custom";
  envelopes: PoolEnvelope[];
  anlaeg: { published: string; krPerCitizen: number; scaledToNational: string | null; source: Source };
}

export interface Options {
  /** "latest" (default): the latest edition that publishes each figure. */
  edition?: "latest" | "udspil-2024" | "foraarsaftale-2025" | "inspirationskatalog-2025";
  /** How national amounts are shared among the 17 councils. */
  key?: "population" | "anlaeg" | Record<string, number | string>;
  /** Inhabitants by kommunekode, e.g. { "461": 210000 }. */
  populations?: Record<string, number | string>;
  /** The council's official amounts in mio. kr.: { pool: { year: amount } }. */
  official?: Record<string, Record<string, number | string>>;
  rule?: { threshold?: number; votesBelow?: number; votesAtOrAbove?: number; regionalWeight?: number };
  /** Language of error messages (default "en"). */
  lang?: "da" | "en";
}

/** Everything the widget computes for a council; throws an Error with a readable message on bad input. */
export function calculate(raad: string, options?: Options): Report;

/** The <sundhedsraad-beregner> element. */
export declare class SundhedsraadBeregner extends HTMLElement {
  /** Official amounts, keys or populations from the page. */
  overrides: Omit<Options, "lang"> | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    "sundhedsraad-beregner": SundhedsraadBeregner;
  }
}
