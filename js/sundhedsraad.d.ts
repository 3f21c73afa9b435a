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
export type VotesBasis = "published" | "population" | "needsPopulation";
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
 * Weighted votes; null when the rule cannot place it without a population.
 */
votes: number | null, 
/**
 * Where the votes come from.
 */
basis: VotesBasis, 
/**
 * The population the votes follow, when one was supplied.
 */
population: number | null, 
/**
 * Share of the council's weighted votes, 0..1, as a decimal string;
 * null when the council's votes cannot be counted.
 */
voteShare: string | null, };
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
 * Its members; null while `needsPopulation` is not empty.
 */
members: Members | null, 
/**
 * Its weighted votes; null while `needsPopulation` is not empty.
 */
votes: Votes | null, 
/**
 * Whether the region holds a majority of heads and of votes; null while
 * `needsPopulation` is not empty.
 */
regionMajority: RegionMajority | null, 
/**
 * Every municipal member.
 */
municipalities: Array<MunicipalityVotes>, 
/**
 * The region's seat needs; null while `needsPopulation` is not empty.
 */
regionSeats: RegionSeats | null, 
/**
 * Under a rule whose tiers split a published vote class, the
 * municipalities (kommunekoder) of the council's region that cannot be
 * placed without a population: the council's own first. Empty when all
 * are placed.
 */
needsPopulation: Array<number>, 
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
export type Options = { 
/**
 * "latest" (default): the latest edition that publishes each figure.
 */
edition?: "latest" | "udspil-2024" | "foraarsaftale-2025" | "inspirationskatalog-2025", 
/**
 * How national amounts are shared among the 17 councils.
 */
key?: "population" | "anlaeg" | Record<string, number | string>, 
/**
 * Inhabitants by kommunekode, e.g. `{ "461": 210000 }`.
 */
populations?: Record<string, number | string>, 
/**
 * The council's official amounts in mio. kr.: `{ pool: { year: amount } }`.
 */
official?: Record<string, Record<string, number | string>>, 
/**
 * The voting rule: vote tiers (or the old shape's one threshold, not
 * both), the regional members' weight and what the region must hold;
 * every field optional, the published rule fills in. `regionalMembers`
 * goes with `majority: "none"`, and only with it.
 */
rule?: ({ tiers?: Array<{ from: number | string; votes: number | string }> } | { threshold?: number | string; votesBelow?: number | string; votesAtOrAbove?: number | string }) & { regionalWeight?: number | string; majority?: "headsAndVotes" | "votes" | "none"; regionalMembers?: number | string }, 
/**
 * Language of error messages from `calculate` (default "en"); not an override.
 */
lang?: "da" | "en", };
export type OverviewCouncil = { 
/**
 * Council id.
 */
id: string, 
/**
 * Name.
 */
name: string, 
/**
 * Its region's id.
 */
region: string, 
/**
 * Municipalities in the council.
 */
municipalities: number, 
/**
 * Municipalities with more votes than the rule's first tier gives (two
 * votes under the published rule).
 */
twoVoteMunicipalities: number, 
/**
 * The municipal members' weighted votes.
 */
municipalVotes: number, 
/**
 * Regional members.
 */
regionalMembers: number, 
/**
 * Members, computed.
 */
members: number, 
/**
 * Members as Figur 9 publishes them.
 */
membersPublished: number, 
/**
 * Weighted votes in all.
 */
weightedVotes: number, 
/**
 * Population in thousands (Figur 9).
 */
populationThousands: number, 
/**
 * Anlæg in mio. kr. (Figur 20), a decimal string.
 */
anlaegMioKr: string, 
/**
 * Anlæg in kr. per citizen (Figur 20).
 */
anlaegKrPerCitizen: number, };
export type OverviewRegion = { 
/**
 * Region id.
 */
id: string, 
/**
 * Name.
 */
name: string, 
/**
 * Its councils' ids.
 */
councils: Array<string>, 
/**
 * Regional seats its councils need.
 */
regionalSeatsNeeded: number, 
/**
 * The regionsråd's size in the udspil (Figur 8).
 */
regionsraadUdspil: number, 
/**
 * The regionsråd's size under L 214.
 */
regionsraadLaw: number, 
/**
 * Whether the councils need more seats than the regionsråd has.
 */
exceedsRegionsraad: boolean, 
/**
 * Population in millions (Figur 8), a decimal string.
 */
populationMillions: string, };
export type OverviewResult = { 
/**
 * The 17 councils, region by region.
 */
councils: Array<OverviewCouncil>, 
/**
 * The 4 regions.
 */
regions: Array<OverviewRegion>, };
export type MemberSummary = { 
/**
 * The municipality's name, or the region's name.
 */
name: string, 
/**
 * `"municipality"` or `"region"`.
 */
kind: string, 
/**
 * How many members the row stands for, each with the power given: the
 * number of regional members in mode `"each"`, otherwise 1.
 */
count: number, 
/**
 * Weighted votes of one such member (of the whole bloc in mode `"bloc"`).
 */
votes: bigint, 
/**
 * Normalized Banzhaf index, 0..1.
 */
banzhaf: string, 
/**
 * Banzhaf raw count: coalitions of the others in which this member is
 * decisive.
 */
banzhafCount: string, 
/**
 * Shapley–Shubik index, 0..1.
 */
shapleyShubik: string, };
export type ColemanSummary = { 
/**
 * The council's power to act: the share of all coalitions that win.
 */
act: string, 
/**
 * The municipal members together: power to prevent action.
 */
municipalitiesPrevent: string, 
/**
 * The municipal members together: power to initiate action.
 */
municipalitiesInitiate: string, 
/**
 * The regional members together: power to prevent action.
 */
regionPrevent: string, 
/**
 * The regional members together: power to initiate action.
 */
regionInitiate: string, };
export type PowerSummary = { 
/**
 * `"each"` or `"bloc"` (see [`mode_key`]).
 */
mode: string, 
/**
 * The municipalities in the council's order, then the regional members.
 */
members: Array<MemberSummary>, 
/**
 * Coleman's indices.
 */
coleman: ColemanSummary, 
/**
 * The municipal members voting together against defeat any motion.
 */
municipalitiesCanBlock: boolean, 
/**
 * The regional members voting together for pass any motion.
 */
regionCanPass: boolean, };
export type PowerResult = { 
/**
 * Every member votes on their own.
 */
each: PowerSummary, 
/**
 * The region's members vote as one bloc.
 */
bloc: PowerSummary, };
// END generated

/** Everything the widget computes for a council; throws an Error with a readable message on bad input. */
export function calculate(raad: string, options?: Options): Report;

/**
 * All 17 councils and the 4 regions (the overview's figures). Asynchronous:
 * the first call loads the explore module. Rejects with an Error with a
 * readable message on bad input.
 */
export function overview(options?: Pick<Options, "rule" | "populations" | "lang">): Promise<OverviewResult>;

/**
 * Voting power in council `raad` under the options' rule and populations,
 * with every member voting on their own (`each`) and with the region's
 * members as one bloc (`bloc`): Banzhaf (normalized, and the raw count of
 * coalitions in which the member is decisive), Shapley–Shubik and Coleman's
 * indices, as decimal strings. Asynchronous: the first call loads the
 * explore module. Rejects with an Error with a readable message on bad input.
 */
export function power(raad: string, options?: Pick<Options, "rule" | "populations" | "lang">): Promise<PowerResult>;

/** What an event's `detail` carries: what the widget shows now. */
export interface WidgetState {
  /** The council shown (its id), or null while an error is shown instead. */
  raad: string | null;
  /** The chosen municipality's kommunekode, or null. */
  kommune: number | null;
  lang: "da" | "en";
  key: "population" | "anlaeg" | "custom" | null;
  /** A document id, or "latest". */
  edition: string | null;
  /**
   * The voting rule in force: its vote tiers by rising `from` (the first from 0), the regional
   * members' weight, what the region must hold, and under "none" the stated regional members.
   */
  rule: {
    tiers: Array<{ from: number; votes: number }>;
    regionalWeight: number;
    majority: "headsAndVotes" | "votes" | "none";
    regionalMembers?: number;
  } | null;
  /** The municipal populations in force (the page's and the reader's), by kommunekode. */
  populations: Record<string, number> | null;
  /** The message the widget shows for a rejected input, if any. */
  error: string | null;
  /** On `sundhedsraad-change`: the names of the fields that changed. */
  changed?: Array<"raad" | "kommune" | "lang" | "key" | "edition" | "rule" | "populations">;
}

/**
 * The <sundhedsraad-beregner> element. Attributes: `raad` (a council id),
 * `lang` ("da" | "en"), `overrides` (JSON), `url-param`, `theme` ("auto"),
 * and `view`: what it shows (see {@link SundhedsraadView}).
 */
export declare class SundhedsraadBeregner extends HTMLElement {
  /** Official amounts, keys, populations or a rule from the page. */
  overrides: Omit<Options, "lang"> | undefined;
  addEventListener<K extends keyof SundhedsraadEventMap>(type: K, listener: (this: SundhedsraadBeregner, ev: SundhedsraadEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/**
 * The `view` attribute: "raad" (default; one council, with the map as its
 * chooser and voting power), "oversigt" (the map and table of all 17
 * councils and the regions) or "region" (the four regions).
 */
export type SundhedsraadView = "raad" | "oversigt" | "region";

/** The element's events; they bubble and cross the shadow boundary (composed). */
export interface SundhedsraadEventMap extends HTMLElementEventMap {
  /** Once, when the widget first shows its figures (or its message). */
  "sundhedsraad-ready": CustomEvent<WidgetState>;
  /** The reader (or the page) changed the council, municipality, language, key, edition, rule or populations. */
  "sundhedsraad-change": CustomEvent<WidgetState>;
  /** The widget shows a message about rejected input. */
  "sundhedsraad-error": CustomEvent<WidgetState>;
}

declare global {
  interface HTMLElementTagNameMap {
    "sundhedsraad-beregner": SundhedsraadBeregner;
  }
}
