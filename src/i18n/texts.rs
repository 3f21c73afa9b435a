//! The widget's fixed texts in Danish and English (sentences with numbers
//! or names are functions in [`super::sentences`]).

use super::Lang;

/// Every fixed text the widget shows.
#[derive(Debug)]
pub struct Texts {
    /// Widget heading prefix.
    pub title: &'static str,
    /// Label of the council choice.
    pub choose_council: &'static str,
    /// Label of the find-by-name field.
    pub find: &'static str,
    /// Hint under the find field.
    pub find_hint: &'static str,
    /// Message when the find field matches nothing.
    pub find_none: &'static str,
    /// "Region".
    pub region: &'static str,
    /// Seats section heading.
    pub seats: &'static str,
    /// "Regional members".
    pub regional_members: &'static str,
    /// "Municipal members".
    pub municipal_members: &'static str,
    /// "All members".
    pub all_members: &'static str,
    /// "Members" column.
    pub members: &'static str,
    /// "Weighted votes" column.
    pub weighted_votes: &'static str,
    /// "Votes needed for a majority".
    pub majority_needed: &'static str,
    /// "Published in Figur 9".
    pub published_members: &'static str,
    /// Seat chart label prefix.
    pub seat_chart: &'static str,
    /// "Region" side name.
    pub side_region: &'static str,
    /// "Municipalities" side name.
    pub side_municipalities: &'static str,
    /// Votes section heading.
    pub votes: &'static str,
    /// "Municipality" column.
    pub municipality: &'static str,
    /// "Votes" column.
    pub votes_col: &'static str,
    /// "Basis" column.
    pub basis: &'static str,
    /// Basis: published class.
    pub basis_published: &'static str,
    /// Basis: population entered.
    pub basis_population: &'static str,
    /// "Share of weighted votes".
    pub share: &'static str,
    /// Regional members row label.
    pub regional_row: &'static str,
    /// "Total".
    pub total: &'static str,
    /// Municipality section heading.
    pub muni_view: &'static str,
    /// Choose municipality label.
    pub choose_muni: &'static str,
    /// "none chosen".
    pub none_chosen: &'static str,
    /// Population input label.
    pub population: &'static str,
    /// Population input hint.
    pub population_hint: &'static str,
    /// Under a population field whose text is not a population.
    pub population_invalid: &'static str,
    /// Heading of the populations a rule needs.
    pub populations_needed: &'static str,
    /// "Reset".
    pub reset: &'static str,
    /// Envelopes section heading.
    pub envelopes: &'static str,
    /// Edition choice label.
    pub edition: &'static str,
    /// Latest edition option.
    pub edition_latest: &'static str,
    /// Key choice label.
    pub key: &'static str,
    /// Population key.
    pub key_population: &'static str,
    /// Anlæg key.
    pub key_anlaeg: &'static str,
    /// Custom key.
    pub key_custom: &'static str,
    /// "Year".
    pub year: &'static str,
    /// "National, mio. kr."
    pub national: &'static str,
    /// "Source".
    pub source: &'static str,
    /// "This council, mio. kr."
    pub this_council: &'static str,
    /// "Not published".
    pub unpublished: &'static str,
    /// What "–" in a table means, said in text (not only in a tooltip).
    pub gap_note: &'static str,
    /// The word before a pool that lies within the frame above it in the
    /// money table ("heraf").
    pub of_which: &'static str,
    /// How the money table's rows nest, said in text (the indentation is
    /// only visual).
    pub pools_nesting: &'static str,
    /// "Estimate".
    pub estimate: &'static str,
    /// "Official".
    pub official: &'static str,
    /// Estimate explanation.
    pub estimate_note: &'static str,
    /// Anlæg heading.
    pub anlaeg: &'static str,
    /// Anlæg explanation.
    pub anlaeg_note: &'static str,
    /// "Published (Figur 20)".
    pub anlaeg_published: &'static str,
    /// "kr. per citizen".
    pub per_citizen: &'static str,
    /// "Scaled to 3,500".
    pub anlaeg_scaled: &'static str,
    /// Phase-in chart label.
    pub phase_in: &'static str,
    /// Download CSV.
    pub download_csv: &'static str,
    /// Unit suffix.
    pub mio: &'static str,
    /// Error heading.
    pub error: &'static str,
    /// Error in overrides heading.
    pub override_error: &'static str,
    /// Panic message.
    pub crashed: &'static str,
    /// Note on the 80,000 decision.
    pub rule_note: &'static str,
    /// Region seats line prefix.
    pub region_seats: &'static str,
    /// Population council Figur 9 label.
    pub council_population: &'static str,
    /// Per-capita illustration heading.
    pub illustration: &'static str,
    /// Language switch label.
    pub language: &'static str,
    /// Data note.
    pub data_note: &'static str,
    /// "thousand".
    pub thousand: &'static str,
    /// "Pool" column.
    pub pool: &'static str,
    /// Summary of a pool's details.
    pub sources_for: &'static str,
    /// Basis of the regional votes.
    pub basis_rule: &'static str,
    /// "official" in running text.
    pub official_lc: &'static str,
    /// "not published" in running text.
    pub unpublished_lc: &'static str,
    /// "estimate" in running text.
    pub estimate_lc: &'static str,
    /// Vote simulator heading.
    pub motion_title: &'static str,
    /// Vote simulator assumption.
    pub motion_note: &'static str,
    /// Summary that opens the simulator.
    pub motion_open: &'static str,
    /// Footer heading of the source documents.
    pub sources_heading: &'static str,
    /// Over a table that scrolls sideways: there are more columns.
    pub scroll_hint: &'static str,
}

static DA: Texts = Texts {
    title: "Sundhedsråd",
    choose_council: "Vælg sundhedsråd",
    find: "Find sundhedsråd eller kommune",
    find_hint: "Skriv navnet på et sundhedsråd eller en kommune.",
    find_none: "Intet sundhedsråd eller ingen kommune hedder sådan.",
    region: "Region",
    seats: "Pladser og stemmer",
    regional_members: "Regionale medlemmer",
    municipal_members: "Kommunale medlemmer",
    all_members: "Medlemmer i alt",
    members: "Medlemmer",
    weighted_votes: "Vægtede stemmer",
    majority_needed: "Stemmer til flertal",
    published_members: "Medlemstal i udspillets Figur 9",
    seat_chart: "Pladsfordeling",
    side_region: "Regionen",
    side_municipalities: "Kommunerne",
    votes: "Vægtede stemmer pr. medlem",
    municipality: "Kommune",
    votes_col: "Stemmer",
    basis: "Grundlag",
    basis_published: "Følger af medlemstallet",
    basis_population: "Indtastet indbyggertal",
    share: "Andel af stemmerne",
    regional_row: "Regionens\u{a0}medlemmer",
    total: "I alt",
    muni_view: "Din kommune",
    choose_muni: "Vælg kommune",
    none_chosen: "Ingen valgt",
    population: "Indbyggertal (valgfrit)",
    population_hint: "Reformens kilder oplyser ikke kommunernes indbyggertal. Dem finder du hos Danmarks Statistik (statistikbanken.dk, tabel FOLK1A). Skriv et tal for at se, om kommunen får 1 eller 2 stemmer.",
    population_invalid: "Skriv et helt tal mellem 1 og 10.000.000, fx 82.500.",
    populations_needed: "Indbyggertal til reglen",
    reset: "Nulstil",
    envelopes: "Økonomi år for år",
    edition: "Udgave af tallene",
    edition_latest: "Nyeste for hvert tal",
    key: "Fordelingsnøgle",
    key_population: "Befolkningsandel (Figur 9)",
    key_anlaeg: "Andel af anlægspuljen (Figur 20)",
    key_custom: "Nøgle fra siden",
    year: "År",
    national: "Hele landet, mio. kr.",
    source: "Kilde",
    this_council: "Dette sundhedsråd, mio. kr.",
    unpublished: "Ikke offentliggjort",
    gap_note: "– betyder, at kilderne ikke har et tal for det år.",
    of_which: "heraf",
    pools_nesting: "Øverst i alt, som er den kommunale plus den regionale ramme; «heraf» er en pulje inden for rammen over den (de overlapper og lægges ikke sammen). Summer og forskelle: «Sådan hænger puljerne sammen».",
    estimate: "Skøn",
    official: "Officielt",
    estimate_note: "Den nationale fordelingsmodel (patienttyngde) er ikke offentliggjort. Beløbet for sundhedsrådet er derfor et skøn efter den valgte nøgle. Delene summer præcist til det nationale tal.",
    anlaeg: "Anlæg: fysiske rammer 2027–2031",
    anlaeg_note: "Foreløbig fordeling. Udspillets Figur 20 er afrundet og summer til 3.480 af 3.500 mio. kr.",
    anlaeg_published: "Figur 20, mio. kr.",
    per_citizen: "kr. pr. borger",
    anlaeg_scaled: "Skaleret til 3.500 mio. kr.",
    phase_in: "Indfasning af puljen «Investeringer i de nye sundhedsråd» (uden anlæg)",
    download_csv: "Hent tallene som CSV",
    mio: "mio. kr.",
    error: "Der er en fejl",
    override_error: "Sidens indstillinger blev afvist",
    crashed: "Beregneren stødte på en uventet fejl og er stoppet. Genindlæs siden.",
    rule_note: "Kilderne siger «under 80.000» giver 1 stemme og «over 80.000» 2. Præcis 80.000 regnes her som 2.",
    region_seats: "Regionale pladser",
    council_population: "Indbyggere i sundhedsrådet (Figur 9)",
    illustration: "Illustration: andel efter indbyggertal",
    language: "Sprog",
    data_note: "Alle tal stammer fra reformens offentliggjorte kilder. Kommunernes indbyggertal står ikke i dem.",
    thousand: "tusind",
    pool: "Pulje",
    sources_for: "Landstal og kilder",
    basis_rule: "Flertalsreglen",
    official_lc: "officielt",
    unpublished_lc: "ikke offentliggjort",
    estimate_lc: "skøn",
    motion_title: "Prøv en afstemning",
    motion_open: "Sæt medlemmerne til at stemme for, imod eller undlade",
    sources_heading: "Kilder",
    motion_note: "Antagelse: kilderne fastlægger ikke, hvordan et sundhedsråd træffer beslutninger. Her vedtages et forslag, når flere vægtede stemmer er for end imod blandt de afgivne; reglen for fremmøde og undladelser kan vælges nedenfor.",
    scroll_hint: "Rul for flere kolonner →",
};

static EN: Texts = Texts {
    title: "Health council",
    choose_council: "Choose health council",
    find: "Find council or municipality",
    find_hint: "Type the name of a health council or a municipality.",
    find_none: "No council or municipality has that name.",
    region: "Region",
    seats: "Seats and votes",
    regional_members: "Regional members",
    municipal_members: "Municipal members",
    all_members: "Members in total",
    members: "Members",
    weighted_votes: "Weighted votes",
    majority_needed: "Votes needed for a majority",
    published_members: "Member count in the proposal's Figure 9",
    seat_chart: "Seats",
    side_region: "The region",
    side_municipalities: "The municipalities",
    votes: "Weighted votes per member",
    municipality: "Municipality",
    votes_col: "Votes",
    basis: "Basis",
    basis_published: "Follows from the member count",
    basis_population: "Population entered",
    share: "Share of the votes",
    regional_row: "The region's\u{a0}members",
    total: "Total",
    muni_view: "Your municipality",
    choose_muni: "Choose municipality",
    none_chosen: "None chosen",
    population: "Population (optional)",
    population_hint: "The reform's sources do not give municipal populations. Statistics Denmark publishes them (statistikbanken.dk, table FOLK1A). Enter a figure to see whether the municipality gets 1 or 2 votes.",
    population_invalid: "Enter a whole number from 1 to 10,000,000, e.g. 82,500.",
    populations_needed: "Populations the rule needs",
    reset: "Reset",
    envelopes: "Funding year by year",
    edition: "Edition of the figures",
    edition_latest: "Latest for each figure",
    key: "Distribution key",
    key_population: "Population share (Figure 9)",
    key_anlaeg: "Share of the capital pool (Figure 20)",
    key_custom: "Key from the page",
    year: "Year",
    national: "Whole country, mio. kr.",
    source: "Source",
    this_council: "This council, mio. kr.",
    unpublished: "Not published",
    gap_note: "– means the sources have no figure for that year.",
    of_which: "of which",
    pools_nesting: "At the top the total, which is the municipal plus the regional frame; «of which» is a pool within the frame above it (they overlap and are not added up). Sums and differences: «How the pools add up».",
    estimate: "Estimate",
    official: "Official",
    estimate_note: "The national distribution model (patient weight) is not published, so the council's amount is an estimate by the chosen key. The parts sum exactly to the national figure.",
    anlaeg: "Capital: physical facilities 2027–2031",
    anlaeg_note: "Preliminary split. The proposal's Figure 20 is rounded and sums to 3,480 of 3,500 mio. kr.",
    anlaeg_published: "Figure 20, mio. kr.",
    per_citizen: "kr. per citizen",
    anlaeg_scaled: "Scaled to 3,500 mio. kr.",
    phase_in: "Phase-in of the pool «Investments in the new health councils» (capital not included)",
    download_csv: "Download the figures as CSV",
    mio: "mio. kr.",
    error: "Something is wrong",
    override_error: "The page's settings were rejected",
    crashed: "The calculator hit an unexpected error and has stopped. Reload the page.",
    rule_note: "The sources say 'under 80,000' gives 1 vote and 'over 80,000' 2. Exactly 80,000 counts as 2 here.",
    region_seats: "Regional seats",
    council_population: "Inhabitants of the council area (Figure 9)",
    illustration: "Illustration: share by population",
    language: "Language",
    data_note: "Every figure comes from the reform's published sources. Municipal populations are not in them.",
    thousand: "thousand",
    pool: "Pool",
    sources_for: "National figures and sources",
    basis_rule: "The majority rule",
    official_lc: "official",
    unpublished_lc: "not published",
    estimate_lc: "estimate",
    motion_title: "Try a vote",
    motion_open: "Set the members to vote for, against or abstain",
    sources_heading: "Sources",
    motion_note: "An assumption: the sources do not say how a council decides. Here a motion passes when more weighted votes are cast for it than against it; the rules for attendance and abstentions can be chosen below.",
    scroll_hint: "Scroll for more columns →",
};

/// The texts of a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Da => &DA,
        Lang::En => &EN,
    }
}
