// Types for the module a page loads: sundhedsraad.js.
// The contract's data types are generated from the Rust types
// (src/model/contract.rs) and checked by `cargo test dts`; edit those, not
// the generated block.

// BEGIN generated from src/model/contract.rs (UPDATE_DTS=1 cargo test dts)
export type Source = { 
/**
 * The document's title.
 */
document: string, 
/**
 * The document's id (an edition of the figures).
 */
edition: string, 
/**
 * Where in the document.
 */
place: string, 
/**
 * The price level the figure is given in, if stated.
 */
priceLevel: string | null, };
export type AmountBasis = "estimate" | "official" | "unpublished";
export type YearAmount = { 
/**
 * The year.
 */
year: number, 
/**
 * The national figure as published, or null when unpublished.
 */
national: string | null, 
/**
 * Where the national figure comes from.
 */
source: Source | null, 
/**
 * The council's amount to the krone, or null when there is none.
 */
council: string | null, 
/**
 * Where the council's amount comes from.
 */
basis: AmountBasis, };
export type PoolEnvelope = { 
/**
 * The pool's id.
 */
pool: string, 
/**
 * The pool's Danish name.
 */
name: string, 
/**
 * Its years, 2027–2031.
 */
years: Array<YearAmount>, };
export type VotesBasis = "published" | "population";
export type MunicipalityVotes = { 
/**
 * Kommunekode.
 */
code: number, 
/**
 * Name.
 */
name: string, 
/**
 * Weighted votes.
 */
votes: number, 
/**
 * Where the votes come from.
 */
basis: VotesBasis, 
/**
 * The population the votes follow, when one was supplied.
 */
population: number | null, 
/**
 * Share of the council's weighted votes, 0..1, as a decimal string.
 */
voteShare: string, };
export type Council = { 
/**
 * Its id.
 */
id: string, 
/**
 * Its name.
 */
name: string, 
/**
 * Its region's name.
 */
region: string, 
/**
 * Population in thousands (Figur 9).
 */
populationThousands: number, 
/**
 * Members published in Figur 9.
 */
membersPublished: number, 
/**
 * Where the published members come from.
 */
source: Source, };
export type Members = { 
/**
 * Municipal members.
 */
municipal: number, 
/**
 * Regional members.
 */
regional: number, 
/**
 * All members.
 */
total: number, };
export type Votes = { 
/**
 * The municipal members' votes together.
 */
municipal: number, 
/**
 * The regional members' votes together.
 */
regional: number, 
/**
 * All votes.
 */
total: number, 
/**
 * Votes needed for a majority when all vote.
 */
majorityNeeded: number, };
export type RegionMajority = { 
/**
 * More regional members than municipal members.
 */
heads: boolean, 
/**
 * More regional votes than municipal votes.
 */
votes: boolean, };
export type RegionSeats = { 
/**
 * The region's name.
 */
region: string, 
/**
 * Regional members of all the region's councils together.
 */
seatsNeeded: number, 
/**
 * The regionsråd's size in the proposal (Figur 8).
 */
regionsraadUdspil: number, 
/**
 * The regionsråd's size in the law (L 214).
 */
regionsraadLaw: number, };
export type Anlaeg = { 
/**
 * As published, mio. kr.
 */
published: string, 
/**
 * Kr. per citizen as published.
 */
krPerCitizen: number, 
/**
 * Scaled so the 17 sum exactly to the national total, mio. kr.
 */
scaledToNational: string | null, 
/**
 * Where it comes from.
 */
source: Source, };
export type KeyName = "population" | "anlaeg" | "custom";
export type Report = { 
/**
 * The council.
 */
council: Council, 
/**
 * Its members.
 */
members: Members, 
/**
 * Its weighted votes.
 */
votes: Votes, 
/**
 * Whether the region holds both majorities.
 */
regionMajority: RegionMajority, 
/**
 * Every municipal member.
 */
municipalities: Array<MunicipalityVotes>, 
/**
 * The region's seat needs.
 */
regionSeats: RegionSeats, 
/**
 * The key of the estimates.
 */
key: KeyName, 
/**
 * The amounts, pool by pool.
 */
envelopes: Array<PoolEnvelope>, 
/**
 * Anlæg.
 */
anlaeg: Anlaeg, };
export type Rule = { 
/**
 * Population at or above which a municipality has `votesAtOrAbove`.
 */
threshold?: number, 
/**
 * Votes of a municipality below the threshold.
 */
votesBelow?: number, 
/**
 * Votes of a municipality at or above the threshold.
 */
votesAtOrAbove?: number, 
/**
 * Votes of each regional member.
 */
regionalWeight?: number, };
export type Options = { 
/**
 * "latest" (default): the latest edition that publishes each figure.
 */
edition?: "latest" | "udspil-2024" | "foraarsaftale-2025" | "inspirationskatalog-2025", 
/**
 * How national amounts are shared among the 17 councils.
 */
key?: KeyInput, 
/**
 * Inhabitants by kommunekode, e.g. `{ "461": 210000 }`.
 */
populations?: Record<string, number | string>, 
/**
 * The council's official amounts in mio. kr.: `{ pool: { year: amount } }`.
 */
official?: Record<string, Record<string, number | string>>, 
/**
 * The voting rule.
 */
rule?: Rule, 
/**
 * Language of error messages from `calculate` (default "en"); not an override.
 */
lang?: "da" | "en", };
// END generated

/** Everything the widget computes for a council; throws an Error with a readable message on bad input. */
export function calculate(raad: string, options?: Options): Report;

/** The <sundhedsraad-beregner> element. */
export declare class SundhedsraadBeregner extends HTMLElement {
  /** Official amounts, keys, populations or a rule from the page. */
  overrides: Omit<Options, "lang"> | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    "sundhedsraad-beregner": SundhedsraadBeregner;
  }
}
