//! The overview of all 17 councils (issue 8) as HTML text: a sortable table
//! of the councils with region subtotals and a national total, the controls
//! for the envelope column's pool and year, and a table of the regions'
//! seats against their regionsråd.
//!
//! Sorting happens in the model ([`sorted`]); the header buttons carry the
//! column id (`data-sort`) for the code that re-renders the table. Texts are
//! kept in this module, Danish and English side by side.
//!
//! Under a rule other than the published one (issue 9,
//! [`AgainstPublished::Other`]), the figures the rule changes are shown
//! under it and, beside them, under the published rule, with what differs
//! in words per council (the rule panel's words, [`change_words`]); the
//! regions' seats likewise. Under the published rule the tables are as
//! before.

use super::money::{published, source_label};
use super::rule::change_words;
use super::Html;
use crate::i18n::sentences::{key_label, pool_name, rule_summary, shown_label, source_place, votes_count, Shown};
use crate::i18n::texts::texts;
use crate::i18n::{format_decimal, format_int, Lang};
use crate::model::edition::{self, PoolId, RegionId, SourceRef, COUNCILS, POOLS, SOURCES};
use crate::model::envelope::YEARS;
use crate::model::overview::{
    compare_names, sorted, yearly_pools, AgainstPublished, Column, Overview, RegionGroup, Row, Totals,
};
use crate::model::votes::Composition;
use crate::model::what_if::{CouncilWhatIf, WhatIf};
use rust_decimal::Decimal;

/// The overview's fixed texts in one language.
#[derive(Debug)]
struct T {
    /// Section heading.
    heading: &'static str,
    /// Table caption before the sort order.
    caption: &'static str,
    /// "sorted by".
    sorted_by: &'static str,
    /// "ascending".
    ascending: &'static str,
    /// "descending".
    descending: &'static str,
    /// Council column.
    council: &'static str,
    /// Municipalities column.
    municipalities: &'static str,
    /// Two-vote municipalities column, before the votes ("with 2 votes").
    with: &'static str,
    /// The same column when the tiers above the first differ: "with more than" (1 vote).
    with_more_than: &'static str,
    /// Municipal votes column.
    municipal_votes: &'static str,
    /// Computed members column.
    members: &'static str,
    /// Published members column.
    members_published: &'static str,
    /// Population column.
    population: &'static str,
    /// Anlæg column.
    anlaeg: &'static str,
    /// Anlæg per citizen column.
    anlaeg_per_citizen: &'static str,
    /// Subtotal row after the region's name.
    region_total: &'static str,
    /// National total row.
    national_total: &'static str,
    /// Title of a computed member count that differs from Figur 9.
    differs: &'static str,
    /// Source line: members and population.
    src_members: &'static str,
    /// Source line: the seat rule.
    src_rule: &'static str,
    /// Source line: anlæg.
    src_anlaeg: &'static str,
    /// Source line: the envelope column.
    src_envelope: &'static str,
    /// "national figure".
    national_figure: &'static str,
    /// Note on the envelope column.
    envelope_note: &'static str,
    /// Regions heading.
    regions_heading: &'static str,
    /// Regions table caption.
    regions_caption: &'static str,
    /// Councils column of the regions table.
    councils: &'static str,
    /// Seats needed column.
    seats_needed: &'static str,
    /// Regionsråd in the proposal column.
    raad_udspil: &'static str,
    /// Regionsråd in the law column.
    raad_law: &'static str,
    /// Seats beyond the regionsråd column.
    beyond: &'static str,
    /// Figur 8 population column.
    population_fig8: &'static str,
    /// Figur 8 share column.
    share_fig8: &'static str,
    /// Sum of Figur 9 populations column.
    population_fig9: &'static str,
    /// Note that Figur 8 and Figur 9 populations differ.
    populations_differ: &'static str,
    /// Pool choice label.
    choose_pool: &'static str,
    /// Year choice label.
    choose_year: &'static str,
    /// Members column's name without its basis, before a rule's name.
    members_plain: &'static str,
    /// After a column's name: computed under another rule than the published one.
    other_rule: &'static str,
    /// After a column's name: computed under the published rule.
    published_rule: &'static str,
    /// Column: what differs from the published rule, in words.
    change: &'static str,
    /// A council the other rule does not change.
    no_change: &'static str,
    /// Table caption under another rule, before the sort order.
    caption_other: &'static str,
    /// Regions table caption under another rule.
    regions_caption_other: &'static str,
    /// Regional seats column's name without its basis, before a rule's name.
    seats_plain: &'static str,
    /// Source line: the other rule (its words follow).
    src_other_rule: &'static str,
}

/// Danish texts.
const DA: T = T {
    heading: "Alle 17 sundhedsråd",
    caption: "Sundhedsrådene",
    sorted_by: "sorteret efter",
    ascending: "stigende",
    descending: "faldende",
    council: "Sundhedsråd",
    municipalities: "Kommuner",
    with: "Kommuner med",
    with_more_than: "Kommuner med flere end",
    municipal_votes: "Kommunernes stemmer",
    members: "Medlemmer (beregnet)",
    members_published: "Medlemmer (Figur 9)",
    population: "Indbyggere, tusind (Figur 9)",
    anlaeg: "Anlæg 2027–2031, mio. kr. (Figur 20)",
    anlaeg_per_citizen: "Anlæg, kr. pr. borger (Figur 20)",
    region_total: "i alt",
    national_total: "Hele landet",
    differs: "Afviger fra Figur 9",
    src_members: "Medlemmer (offentliggjort) og indbyggere",
    src_rule: "Beregnede pladser og stemmer: reglen i",
    src_anlaeg: "Anlæg",
    src_envelope: "Beløbene",
    national_figure: "landstal",
    envelope_note: "Den nationale fordelingsmodel er ikke offentliggjort, så beløbet for hvert sundhedsråd er et skøn efter den viste nøgle. De 17 skøn summer præcist til landstallet.",
    regions_heading: "Regionerne: pladser i sundhedsrådene",
    regions_caption: "Regionale pladser i sundhedsrådene og regionsrådets størrelse",
    councils: "Sundhedsråd",
    seats_needed: "Regionale pladser i sundhedsrådene (beregnet)",
    raad_udspil: "Regionsrådets medlemmer, udspil (Figur 8)",
    raad_law: "Regionsrådets medlemmer, lov (L 214)",
    beyond: "Pladser ud over regionsrådets medlemmer (L 214)",
    population_fig8: "Indbyggere, mio. (Figur 8)",
    share_fig8: "Andel af befolkningen (Figur 8)",
    population_fig9: "Indbyggere i sundhedsrådene, tusind (Figur 9)",
    populations_differ: "Figur 8 og Figur 9 er afrundede hver for sig, så regionens indbyggertal og summen af dens sundhedsråds kan afvige.",
    choose_pool: "Pulje",
    choose_year: "År",
    members_plain: "Medlemmer",
    other_rule: "anden regel",
    published_rule: "offentliggjort regel",
    change: "Forskel fra den offentliggjorte regel",
    no_change: "Ingen ændring",
    caption_other: "Sundhedsrådene under en anden regel end den offentliggjorte, med den offentliggjorte regels tal ved siden af",
    regions_caption_other: "Regionale pladser i sundhedsrådene under en anden regel og under den offentliggjorte, og regionsrådets størrelse",
    seats_plain: "Regionale pladser i sundhedsrådene",
    src_other_rule: "Anden regel end den offentliggjorte (ikke fra kilderne)",
};

/// English texts.
const EN: T = T {
    heading: "All 17 health councils",
    caption: "The health councils",
    sorted_by: "sorted by",
    ascending: "ascending",
    descending: "descending",
    council: "Health council",
    municipalities: "Municipalities",
    with: "Municipalities with",
    with_more_than: "Municipalities with more than",
    municipal_votes: "Municipal votes",
    members: "Members (computed)",
    members_published: "Members (Figure 9)",
    population: "Population, thousands (Figure 9)",
    anlaeg: "Capital 2027–2031, mio. kr. (Figure 20)",
    anlaeg_per_citizen: "Capital, kr. per citizen (Figure 20)",
    region_total: "total",
    national_total: "Whole country",
    differs: "Differs from Figure 9",
    src_members: "Members (published) and population",
    src_rule: "Computed seats and votes: the rule in",
    src_anlaeg: "Capital",
    src_envelope: "The amounts",
    national_figure: "national figure",
    envelope_note: "The national distribution model is not published, so each council's amount is an estimate by the key shown. The 17 estimates sum exactly to the national figure.",
    regions_heading: "The regions: seats on the health councils",
    regions_caption: "Regional seats on the health councils and the size of the regional council",
    councils: "Health councils",
    seats_needed: "Regional seats on the councils (computed)",
    raad_udspil: "Regional council members, proposal (Figure 8)",
    raad_law: "Regional council members, law (L 214)",
    beyond: "Seats beyond the regional council's members (L 214)",
    population_fig8: "Population, millions (Figure 8)",
    share_fig8: "Share of the population (Figure 8)",
    population_fig9: "Population of its councils, thousands (Figure 9)",
    populations_differ: "Figure 8 and Figure 9 are rounded separately, so a region's population and the sum of its councils' can differ.",
    choose_pool: "Pool",
    choose_year: "Year",
    members_plain: "Members",
    other_rule: "other rule",
    published_rule: "published rule",
    change: "Difference from the published rule",
    no_change: "No change",
    caption_other: "The health councils under another rule than the published one, with the published rule's figures beside them",
    regions_caption_other: "Regional seats on the health councils under another rule and under the published one, and the size of the regional council",
    seats_plain: "Regional seats on the councils",
    src_other_rule: "Another rule than the published one (not from the sources)",
};

/// The overview's texts in a language.
fn t(lang: Lang) -> &'static T {
    match lang {
        Lang::Da => &DA,
        Lang::En => &EN,
    }
}

/// "Udspil 2024, Figur 9" ("Udspil 2024, Figure 9" in English).
fn source(s: SourceRef, lang: Lang) -> String {
    format!("{}, {}", edition::source_of(s).short, source_place(lang, s))
}

/// The plain-language note for a region whose councils need more regional
/// seats than its regionsråd has members.
pub fn seating_note(lang: Lang, g: &RegionGroup) -> String {
    let (name, needed, law, udspil) =
        (g.name, g.seats.seats_needed, g.seats.regionsraad_law, g.seats.regionsraad_udspil);
    match lang {
        Lang::Da => format!(
            "Region {name}: sundhedsrådene skal have {needed} regionale medlemmer, men regionsrådet har {law} medlemmer efter loven (L 214) og {udspil} efter udspillet (Figur 8). Nogle regionsrådsmedlemmer må derfor sidde i mere end ét sundhedsråd. Kilderne afgør ikke, hvem der sidder hvor."
        ),
        Lang::En => format!(
            "Region {name}: its health councils need {needed} regional members, but the regional council has {law} members under the law (L 214) and {udspil} in the proposal (Figure 8). So some members of the regional council must sit on more than one health council. The sources do not settle who sits where."
        ),
    }
}

/// " – the amounts are rounded and sum to 3.480 of the pool's 3.500 mio.
/// kr. (source)", after the anlæg source.
fn anlaeg_rounded(lang: Lang, sum: Decimal, pool: Decimal, source: &str) -> String {
    let (sum, pool) = (published(sum, lang), published(pool, lang));
    match lang {
        Lang::Da => format!(" – beløbene er afrundede og summer til {sum} af puljens {pool} mio. kr. ({source})"),
        Lang::En => format!(" – the amounts are rounded and sum to {sum} of the pool's {pool} mio. kr. ({source})"),
    }
}

/// The envelope column's header: pool, year, unit, and "estimate" with its key.
fn envelope_label(o: &Overview, lang: Lang) -> String {
    let pool = pool_name(lang, &POOLS[o.pool.0]);
    let label = shown_label(lang, Shown::Estimates, Some(key_label(lang, &o.key)));
    format!("{pool} {}, {} ({label})", o.year, texts(lang).mio)
}

/// A column's header label.
fn label(o: &Overview, column: Column, lang: Lang) -> String {
    let (t, x) = (t(lang), texts(lang));
    if o.against_published.what_if().is_some() {
        let plain = match column {
            Column::MunicipalVotes => Some(t.municipal_votes),
            Column::RegionalMembers => Some(x.regional_members),
            Column::Members => Some(t.members_plain),
            Column::WeightedVotes => Some(x.weighted_votes),
            _ => None,
        };
        if let Some(plain) = plain {
            return format!("{plain} ({})", t.other_rule);
        }
    }
    match column {
        Column::Name => t.council.into(),
        Column::Municipalities => t.municipalities.into(),
        Column::TwoVote => match o.rule.upper_votes() {
            Some(v) => format!("{} {}", t.with, votes_count(lang, v)),
            None => format!("{} {}", t.with_more_than, votes_count(lang, o.rule.tiers.first().map_or(0, |t| t.votes))),
        },
        Column::MunicipalVotes => t.municipal_votes.into(),
        Column::RegionalMembers => x.regional_members.into(),
        Column::Members => t.members.into(),
        Column::WeightedVotes => x.weighted_votes.into(),
        Column::Population => t.population.into(),
        Column::Anlaeg => t.anlaeg.into(),
        Column::AnlaegPerCitizen => t.anlaeg_per_citizen.into(),
        Column::Envelope => envelope_label(o, lang),
    }
}

/// One sortable header cell; only the sorted column has `aria-sort`.
fn sort_header(h: &mut Html, text: &str, column: Column, sort: (Column, bool)) {
    let class = if column == Column::Name { "" } else { "num" };
    let mut attrs: Vec<(&'static str, &str)> = vec![("scope", "col")];
    if !class.is_empty() {
        attrs.push(("class", class));
    }
    if column == sort.0 {
        attrs.push(("aria-sort", if sort.1 { "descending" } else { "ascending" }));
    }
    h.open("th", &attrs);
    h.el("button", &[("type", "button"), ("data-sort", column.id())], text);
    h.close("th");
}

/// The header row: the sortable columns in table order, with the region
/// after the name and Figur 9's members after the computed ones. Under
/// another rule, the differences in words after the region, and the
/// published rule's figures each after the other rule's.
fn header(h: &mut Html, o: &Overview, lang: Lang, sort: (Column, bool)) {
    let (t, x) = (t(lang), texts(lang));
    let other = o.against_published.what_if().is_some();
    let published_col = |h: &mut Html, plain: &str| {
        if other {
            h.el("th", &[("scope", "col"), ("class", "num")], &format!("{plain} ({})", t.published_rule));
        }
    };
    h.open("thead", &[]).open("tr", &[]);
    for column in Column::ALL {
        sort_header(h, &label(o, column, lang), column, sort);
        match column {
            Column::Name => {
                h.el("th", &[("scope", "col")], x.region);
                if other {
                    h.el("th", &[("scope", "col")], t.change);
                }
            }
            Column::MunicipalVotes => published_col(h, t.municipal_votes),
            Column::RegionalMembers => published_col(h, x.regional_members),
            Column::Members => {
                published_col(h, t.members_plain);
                h.el("th", &[("scope", "col"), ("class", "num")], t.members_published);
            }
            Column::WeightedVotes => published_col(h, x.weighted_votes),
            _ => {}
        }
    }
    h.close("tr").close("thead");
}

/// A council's or a group's figures under the published rule, beside the
/// other rule's.
#[derive(Debug, Clone, Copy, Default)]
struct UnderPublished {
    municipal_votes: u32,
    regional_members: u32,
    members: u32,
    weighted_votes: u32,
}

impl UnderPublished {
    fn of(k: &Composition) -> Self {
        UnderPublished {
            municipal_votes: k.municipal_votes,
            regional_members: k.regional_members,
            members: k.total_members,
            weighted_votes: k.total_votes,
        }
    }

    /// Sums over the councils of `region` (all 17 with `None`).
    fn sum(w: &WhatIf, region: Option<RegionId>) -> Self {
        let of_region = |c: &&CouncilWhatIf| region.is_none_or(|r| COUNCILS[c.council.0].region == r);
        w.councils.iter().filter(of_region).map(|c| Self::of(&c.published)).fold(Self::default(), |a, b| {
            UnderPublished {
                municipal_votes: a.municipal_votes + b.municipal_votes,
                regional_members: a.regional_members + b.regional_members,
                members: a.members + b.members,
                weighted_votes: a.weighted_votes + b.weighted_votes,
            }
        })
    }
}

/// What the other rule changes in a council, in words (the rule panel's),
/// or that it changes nothing.
pub fn council_change(lang: Lang, c: &CouncilWhatIf) -> String {
    if c.differs() {
        change_words(lang, c)
    } else {
        t(lang).no_change.to_string()
    }
}

/// A right-aligned number cell.
fn num(h: &mut Html, text: &str) {
    h.el("td", &[("class", "num")], text);
}

/// An amount cell, or "–" where the sources have no figure.
fn amount(h: &mut Html, a: Option<Decimal>, lang: Lang) {
    match a {
        Some(a) => num(h, &format_decimal(a, 1, lang)),
        None => {
            h.el("td", &[("class", "num gap"), ("title", texts(lang).unpublished)], "–");
        }
    }
}

/// The cells after the name and region of a council or a total.
struct Cells {
    municipalities: u32,
    two_vote: u32,
    municipal_votes: u32,
    regional_members: u32,
    members: u32,
    members_published: u32,
    weighted_votes: u32,
    population: u32,
    anlaeg: Decimal,
    per_citizen: Option<u32>,
    envelope: Option<Decimal>,
    /// The same figures under the published rule, under another rule.
    published_rule: Option<UnderPublished>,
}

impl Cells {
    fn of_row(r: &Row) -> Self {
        Cells {
            published_rule: None,
            municipalities: r.municipalities,
            two_vote: r.two_vote,
            municipal_votes: r.municipal_votes,
            regional_members: r.regional_members,
            members: r.members,
            members_published: r.members_published,
            weighted_votes: r.weighted_votes,
            population: r.population_thousands,
            anlaeg: r.anlaeg,
            per_citizen: Some(r.anlaeg_per_citizen),
            envelope: r.envelope,
        }
    }

    fn of_totals(t: &Totals) -> Self {
        Cells {
            published_rule: None,
            municipalities: t.municipalities,
            two_vote: t.two_vote,
            municipal_votes: t.municipal_votes,
            regional_members: t.regional_members,
            members: t.members,
            members_published: t.members_published,
            weighted_votes: t.weighted_votes,
            population: t.population_thousands,
            anlaeg: t.anlaeg,
            per_citizen: None,
            envelope: t.envelope,
        }
    }

    fn write(&self, h: &mut Html, lang: Lang) {
        let int = |n: u32| format_int(u64::from(n), lang);
        let p = self.published_rule;
        let beside = |h: &mut Html, f: fn(&UnderPublished) -> u32| {
            if let Some(p) = &p {
                num(h, &int(f(p)));
            }
        };
        for n in [self.municipalities, self.two_vote, self.municipal_votes] {
            num(h, &int(n));
        }
        beside(h, |p| p.municipal_votes);
        num(h, &int(self.regional_members));
        beside(h, |p| p.regional_members);
        if self.members == self.members_published {
            num(h, &int(self.members));
        } else {
            h.el("td", &[("class", "num differs"), ("title", t(lang).differs)], &int(self.members));
        }
        beside(h, |p| p.members);
        num(h, &int(self.members_published));
        num(h, &int(self.weighted_votes));
        beside(h, |p| p.weighted_votes);
        num(h, &int(self.population));
        num(h, &published(self.anlaeg, lang));
        num(h, &self.per_citizen.map(int).unwrap_or_default());
        amount(h, self.envelope, lang);
    }
}

/// A council's row: its name links to its own view. Under another rule
/// (`w`), what differs in words after the region, and the published
/// rule's figures beside the other rule's.
fn council_row(h: &mut Html, r: &Row, region: &str, lang: Lang, w: Option<&WhatIf>) {
    let href = format!("?raad={}", r.id);
    h.open("tr", &[]).open("th", &[("scope", "row")]);
    h.el("a", &[("href", &href), ("data-raad", r.id)], r.name);
    h.close("th");
    h.el("td", &[], region);
    let mut cells = Cells::of_row(r);
    if let Some(w) = w {
        let c = w.council(r.council);
        h.el("td", &[("class", "rule-change")], &c.map(|c| council_change(lang, c)).unwrap_or_default());
        cells.published_rule = Some(c.map(|c| UnderPublished::of(&c.published)).unwrap_or_default());
    }
    cells.write(h, lang);
    h.close("tr");
}

/// A subtotal or total row (`region`: a region's subtotal, `None`: the
/// national total; both summed under the published rule too under another).
fn total_row(h: &mut Html, class: &'static str, name: &str, totals: &Totals, lang: Lang, o: &Overview) {
    total_row_of(h, class, name, totals, lang, o, None);
}

/// A region's subtotal row.
fn region_total_row(h: &mut Html, name: &str, g: &RegionGroup, lang: Lang, o: &Overview) {
    total_row_of(h, "subtotal", name, &g.subtotal, lang, o, Some(g.region));
}

fn total_row_of(
    h: &mut Html,
    class: &'static str,
    name: &str,
    totals: &Totals,
    lang: Lang,
    o: &Overview,
    region: Option<RegionId>,
) {
    h.open("tr", &[("class", class)]);
    h.el("th", &[("scope", "row")], name);
    h.el("td", &[], "");
    let mut cells = Cells::of_totals(totals);
    if let Some(w) = o.against_published.what_if() {
        h.el("td", &[], "");
        cells.published_rule = Some(UnderPublished::sum(w, region));
    }
    cells.write(h, lang);
    h.close("tr");
}

/// The body grouped by region, councils by name within each, each region
/// closed by its subtotal.
fn grouped_body(h: &mut Html, o: &Overview, lang: Lang, descending: bool) {
    for g in &o.regions {
        h.open("tbody", &[("data-region", g.id)]);
        for r in sorted(&g.rows, Column::Name, descending) {
            council_row(h, r, g.name, lang, o.against_published.what_if());
        }
        let name = format!("{} {}", g.name, t(lang).region_total);
        region_total_row(h, &name, g, lang, o);
        h.close("tbody");
    }
}

/// The body as one list sorted by `column`.
fn flat_body(h: &mut Html, o: &Overview, lang: Lang, column: Column, descending: bool) {
    h.open("tbody", &[]);
    for r in sorted(o.rows(), column, descending) {
        council_row(h, r, edition::REGIONS[r.region.0].name, lang, o.against_published.what_if());
    }
    h.close("tbody");
}

/// The caption: what the table is and how it is sorted.
fn caption(o: &Overview, lang: Lang, column: Column, descending: bool) -> String {
    let t = t(lang);
    let order = if descending { t.descending } else { t.ascending };
    let what = if o.against_published.what_if().is_some() { t.caption_other } else { t.caption };
    format!("{what}, {} {} ({order})", t.sorted_by, label(o, column, lang))
}

/// The sources under the table, each by document and place.
fn sources(h: &mut Html, o: &Overview, lang: Lang) {
    let t = t(lang);
    h.el("p", &[("class", "note")], t.envelope_note);
    h.open("ul", &[("class", "sources")]);
    let item = |h: &mut Html, text: String| {
        h.el("li", &[], &text);
    };
    item(h, format!("{}: {}", t.src_members, source(SOURCES.council_members, lang)));
    item(h, format!("{} {}", t.src_rule, source(SOURCES.vote_rule, lang)));
    let rule = match &o.against_published {
        AgainstPublished::Published => None,
        AgainstPublished::Other(_) => Some(&o.rule),
        AgainstPublished::NeedsPopulations { rule, .. } => Some(rule),
    };
    if let Some(rule) = rule {
        item(h, format!("{}: {}.", t.src_other_rule, rule_summary(lang, rule)));
    }
    let mut anlaeg = format!("{}: {}", t.src_anlaeg, source(SOURCES.council_anlaeg, lang));
    if let Some(f) = o.anlaeg_national {
        anlaeg += &anlaeg_rounded(lang, o.total.anlaeg, f.amount.decimal(), &source(f.source, lang));
    }
    item(h, anlaeg);
    let envelope = match o.national {
        Some(f) => {
            let national = published(f.amount.decimal(), lang);
            format!(
                "{}: {} {national} {}, {}",
                t.src_envelope,
                t.national_figure,
                texts(lang).mio,
                source_label(f, lang)
            )
        }
        None => format!("{}: {}", t.src_envelope, texts(lang).gap_note),
    };
    item(h, envelope);
    h.close("ul");
}

/// The overview table sorted by `column`: by name it is grouped by region
/// with region subtotals; by any other column it is one sorted list. The
/// national total is in the table's foot either way.
pub fn overview_table(o: &Overview, lang: Lang, column: Column, descending: bool) -> String {
    let mut h = Html::new();
    h.el("h3", &[("id", "overview-h")], t(lang).heading);
    let caption = caption(o, lang, column, descending);
    h.open_table_wrap(&caption, texts(lang).scroll_hint);
    let descending_attr = if descending { "true" } else { "false" };
    h.open(
        "table",
        &[
            ("class", "overview-table"),
            ("part", "table"),
            ("data-sorted", column.id()),
            ("data-descending", descending_attr),
        ],
    );
    h.el("caption", &[], &caption);
    header(&mut h, o, lang, (column, descending));
    if column == Column::Name {
        grouped_body(&mut h, o, lang, descending);
    } else {
        flat_body(&mut h, o, lang, column, descending);
    }
    h.open("tfoot", &[]);
    total_row(&mut h, "total", t(lang).national_total, &o.total, lang, o);
    h.close("tfoot").close("table").close("div");
    sources(&mut h, o, lang);
    h.finish()
}

/// One labelled `<select>` with `data-control`.
fn select(h: &mut Html, id: &'static str, control: &'static str, label: &str, options: &[(String, String, bool)]) {
    h.open("div", &[("class", "field")]);
    h.el("label", &[("for", id)], label);
    h.open("select", &[("id", id), ("name", control), ("data-control", control)]);
    for (value, text, selected) in options {
        if *selected {
            h.el("option", &[("value", value), ("selected", "")], text);
        } else {
            h.el("option", &[("value", value)], text);
        }
    }
    h.close("select").close("div");
}

/// The choice of pool (those with yearly figures) and year for the
/// envelope column.
pub fn overview_controls(lang: Lang, pool: PoolId, year: u16) -> String {
    let t = t(lang);
    let pools: Vec<_> = yearly_pools()
        .into_iter()
        .map(|p| (POOLS[p.0].id.to_string(), pool_name(lang, &POOLS[p.0]).to_string(), p == pool))
        .collect();
    let years: Vec<_> = YEARS.map(|y| (y.to_string(), y.to_string(), y == year)).collect();
    let mut h = Html::new();
    h.open("form", &[("class", "overview-controls"), ("data-control", "overview")]);
    select(&mut h, "overview-pool", "pool", t.choose_pool, &pools);
    select(&mut h, "overview-year", "year", t.choose_year, &years);
    h.close("form");
    h.finish()
}

/// A region's councils as links, A–Å.
fn council_links(h: &mut Html, g: &RegionGroup) {
    let mut rows: Vec<&Row> = g.rows.iter().collect();
    rows.sort_by(|a, b| compare_names(a.name, b.name));
    for (i, r) in rows.iter().enumerate() {
        if i > 0 {
            h.text(", ");
        }
        h.el("a", &[("href", &format!("?raad={}", r.id)), ("data-raad", r.id)], r.name);
    }
}

/// A region's seats under another rule against the published, in words:
/// "+3 regionale pladser", or no change.
pub fn seats_change(lang: Lang, published: u32, other: u32) -> String {
    let d = i64::from(other) - i64::from(published);
    let sign = if d > 0 { "+" } else { "−" };
    match (lang, d.unsigned_abs()) {
        (_, 0) => t(lang).no_change.to_string(),
        (Lang::Da, 1) => format!("{sign}1 regional plads"),
        (Lang::Da, n) => format!("{sign}{n} regionale pladser"),
        (Lang::En, 1) => format!("{sign}1 regional seat"),
        (Lang::En, n) => format!("{sign}{n} regional seats"),
    }
}

/// One region's row of the regions table (under another rule, `w`, its
/// seats under the published rule and the difference beside them).
fn region_row(h: &mut Html, g: &RegionGroup, lang: Lang, w: Option<&WhatIf>) {
    let int = |n: u32| format_int(u64::from(n), lang);
    let s = &g.seats;
    h.open("tr", &[("data-region", g.id)]);
    h.el("th", &[("scope", "row")], g.name);
    h.open("td", &[]);
    council_links(h, g);
    h.close("td");
    num(h, &int(s.seats_needed));
    if let Some(r) = w.and_then(|w| w.regions.iter().find(|r| r.region == g.region)) {
        num(h, &int(r.published));
        h.el("td", &[], &seats_change(lang, r.published, s.seats_needed));
    }
    num(h, &int(s.regionsraad_udspil));
    num(h, &int(s.regionsraad_law));
    if s.seats_beyond_members() > 0 {
        h.el("td", &[("class", "num exceeds")], &int(s.seats_beyond_members()));
    } else {
        num(h, "0");
    }
    num(h, &published(g.population_millions, lang));
    let pct = int(g.population_share_pct);
    num(h, &if lang == Lang::Da { format!("{pct} %") } else { format!("{pct}%") });
    num(h, &int(g.subtotal.population_thousands));
    h.close("tr");
}

/// The regions: their councils, the regional seats those need against the
/// regionsråd's size (proposal and law), Figur 8's population, and a
/// plain-language note where the seats exceed the regionsråd.
pub fn regions_table(o: &Overview, lang: Lang) -> String {
    let t = t(lang);
    let w = o.against_published.what_if();
    let caption = if w.is_some() { t.regions_caption_other } else { t.regions_caption };
    let mut h = Html::new();
    h.el("h3", &[("id", "regions-h")], t.regions_heading);
    h.open_table_wrap(caption, texts(lang).scroll_hint);
    h.open("table", &[("class", "regions-table"), ("part", "table")]);
    h.el("caption", &[], caption);
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], texts(lang).region);
    h.el("th", &[("scope", "col")], t.councils);
    let col = |h: &mut Html, text: &str| {
        h.el("th", &[("scope", "col"), ("class", "num")], text);
    };
    if w.is_some() {
        col(&mut h, &format!("{} ({})", t.seats_plain, t.other_rule));
        col(&mut h, &format!("{} ({})", t.seats_plain, t.published_rule));
        h.el("th", &[("scope", "col")], t.change);
    } else {
        col(&mut h, t.seats_needed);
    }
    for text in [t.raad_udspil, t.raad_law, t.beyond, t.population_fig8, t.share_fig8, t.population_fig9] {
        col(&mut h, text);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for g in &o.regions {
        region_row(&mut h, g, lang, w);
    }
    h.close("tbody").close("table").close("div");
    for g in o.regions.iter().filter(|g| g.exceeds_regionsraad) {
        h.el("p", &[("class", "note"), ("data-region", g.id)], &seating_note(lang, g));
    }
    h.el("p", &[("class", "note")], t.populations_differ);
    h.open("ul", &[("class", "sources")]);
    for s in [SOURCES.region_regionsraad_udspil, SOURCES.region_regionsraad_law, SOURCES.council_population] {
        h.el("li", &[], &source(s, lang));
    }
    h.close("ul");
    gp_support(&mut h, lang);
    h.finish()
}

/// The Forårsaftale's support for areas with weak GP coverage in 2025–26,
/// by the five regions of the time, gathered under the four new ones, with
/// what the slide leaves open about the total.
fn gp_support(h: &mut Html, lang: Lang) {
    use edition::{GP_SUPPORT, REGIONS};
    let (heading, caption, old, amount, share, total) = match lang {
        Lang::Da => (
            "Støtte til områder med svag lægedækning, 2025–26",
            "Støtte til områder med svag lægedækning efter region (Forårsaftalen 2025), mio. kr.",
            "Region på aftalens tid",
            "Mio. kr.",
            "Andel",
            "I alt",
        ),
        Lang::En => (
            "Support for areas with weak GP coverage, 2025–26",
            "Support for areas with weak GP coverage by region (the 2025 spring agreement), DKK million",
            "Region at the time of the agreement",
            "DKK million",
            "Share",
            "Total",
        ),
    };
    let int = |n: u32| format_int(u64::from(n), lang);
    let pct = |n: u32| match lang {
        Lang::Da => format!("{n} %"),
        Lang::En => format!("{n}%"),
    };
    h.el("h3", &[("id", "gp-h")], heading);
    h.open_table_wrap(caption, texts(lang).scroll_hint);
    h.open("table", &[("class", "gp-support"), ("part", "table")]).el("caption", &[], caption);
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], texts(lang).region);
    h.el("th", &[("scope", "col")], old);
    h.el("th", &[("scope", "col"), ("class", "num")], amount);
    h.el("th", &[("scope", "col"), ("class", "num")], share);
    h.close("tr").close("thead").open("tbody", &[]);
    for (r, region) in REGIONS.iter().enumerate() {
        for g in GP_SUPPORT.iter().filter(|g| g.region.0 == r) {
            h.open("tr", &[]).el("th", &[("scope", "row")], region.name).el("td", &[], g.old_region);
            h.el("td", &[("class", "num")], &int(g.mio_kr)).el("td", &[("class", "num")], &pct(g.pct));
            h.close("tr");
        }
    }
    let (sum, sum_pct) = (GP_SUPPORT.iter().map(|g| g.mio_kr).sum::<u32>(), GP_SUPPORT.iter().map(|g| g.pct).sum());
    h.close("tbody").open("tfoot", &[]).open("tr", &[("class", "subtotal")]);
    h.el("th", &[("scope", "row")], total).el("td", &[], "");
    h.el("td", &[("class", "num")], &int(sum)).el("td", &[("class", "num")], &pct(sum_pct));
    h.close("tr").close("tfoot").close("table").close("div");
    let note = match lang {
        Lang::Da => format!("Fordelingen summer til {} mio. kr. Diaset sætter den under «85 mio. kr. i 2025 og 163 mio. kr. i 2026» (248 mio. kr.) og nævner derudover 11 + 22 mio. kr. til uddannelseslæger i almen medicin (i alt 281): det siger ikke, hvilke beløb fordelingen dækker. Hovedstaden og Sjælland er fra 2027 Østdanmark.", int(sum)),
        Lang::En => format!("The split sums to {} mio. kr. The slide puts it under «85 mio. kr. in 2025 and 163 mio. kr. in 2026» (248 mio. kr.) and names a further 11 + 22 mio. kr. for GP trainees (281 in all): it does not say which amounts the split covers. Hovedstaden and Sjælland form Østdanmark from 2027.", int(sum)),
    };
    h.el("p", &[("class", "note")], &note);
    h.open("ul", &[("class", "sources")]).el("li", &[], &source(SOURCES.region_gp_support, lang)).close("ul");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edition::pool_by_id;
    use crate::model::overview::overview;
    use crate::model::report::Options;

    fn o() -> Overview {
        overview(&Options::default(), pool_by_id("sundhedsraad_total").unwrap(), 2028).unwrap()
    }

    #[test]
    fn seventeen_council_rows_linking_to_their_view() {
        let o = o();
        for column in Column::ALL {
            let s = overview_table(&o, Lang::Da, column, false);
            assert_eq!(s.matches("data-raad=").count(), 17, "{column:?}");
            assert!(s.contains("<th scope=\"row\"><a href=\"?raad=fyn\" data-raad=\"fyn\">Fyn</a></th>"));
            assert!(s.starts_with("<h3 id=\"overview-h\">Alle 17 sundhedsråd</h3><div class=\"table-wrap\""));
        }
    }

    #[test]
    fn aria_sort_on_the_sorted_column_only() {
        let o = o();
        for column in Column::ALL {
            for descending in [false, true] {
                let s = overview_table(&o, Lang::En, column, descending);
                assert_eq!(s.matches("aria-sort=").count(), 1);
                let order = if descending { "descending" } else { "ascending" };
                let id = column.id();
                assert!(
                    s.contains(&format!("aria-sort=\"{order}\"><button type=\"button\" data-sort=\"{id}\">")),
                    "{column:?}"
                );
                assert_eq!(s.matches("<button type=\"button\" data-sort=").count(), 11);
            }
        }
    }

    #[test]
    fn grouped_by_region_with_subtotals_when_sorted_by_name() {
        let o = o();
        let s = overview_table(&o, Lang::Da, Column::Name, false);
        assert_eq!(s.matches("<tr class=\"subtotal\">").count(), 4);
        assert!(s.contains("<tr class=\"subtotal\"><th scope=\"row\">Østdanmark i alt</th>"));
        assert!(s.contains(
            "<tfoot><tr class=\"total\"><th scope=\"row\">Hele landet</th><td></td><td class=\"num\">98</td>"
        ));
        // Regions in order, councils A–Å within each.
        let at = |x: &str| s.find(x).unwrap();
        assert!(at(">Vendsyssel<") < at("Nordjylland i alt") && at("Nordjylland i alt") < at(">Aarhus<"));
        assert!(at(">Hovedstaden<") < at(">Østsjælland og øerne<"));
        let flat = overview_table(&o, Lang::Da, Column::Members, true);
        assert!(!flat.contains("class=\"subtotal\""));
        assert!(flat.contains("<tfoot><tr class=\"total\">"));
        let rows: Vec<&str> = flat.split("data-raad=\"").skip(1).map(|x| x.split('"').next().unwrap()).collect();
        let expected: Vec<&str> = sorted(o.rows(), Column::Members, true).iter().map(|r| r.id).collect();
        assert_eq!(rows, expected, "the rows in the model's order");
    }

    #[test]
    fn danish_numbers_in_danish_english_in_english() {
        let o = o();
        let da = overview_table(&o, Lang::Da, Column::Name, false);
        let en = overview_table(&o, Lang::En, Column::Name, false);
        let national = o.total.envelope.unwrap();
        assert!(da.contains(&format!("<td class=\"num\">{}</td>", format_decimal(national, 1, Lang::Da))));
        assert!(da.contains("<td class=\"num\">2.050,0</td>"), "national 2028 total, Danish format");
        assert!(en.contains("<td class=\"num\">2,050.0</td>"), "the same in English");
        assert!(da.contains("<td class=\"num\">3.480</td>"), "Figur 20's sum");
        assert!(en.contains("<td class=\"num\">3,480</td>"));
        assert!(da.contains(">Medlemmer (Figur 9)<") && da.contains(">Kommuner med 2 stemmer<"));
        assert!(en.contains(">Members (Figure 9)<") && en.contains(">Municipalities with 2 votes<"));
        assert!(en.contains(">Whole country<") && en.contains(">Health council<"));
        assert!(!en.contains("Figur ") && !en.contains("Tabel ") && !en.contains(" i alt"), "{en}");
    }

    #[test]
    fn envelope_header_names_pool_year_and_estimate_key() {
        let o = o();
        let da = overview_table(&o, Lang::Da, Column::Envelope, true);
        assert!(da.contains(
            "data-sort=\"envelope\">Investeringer i de nye sundhedsråd 2028, mio. kr. (skøn: Befolkningsandel (Figur 9))</button>"
        ), "{da}");
        let en = overview_table(&o, Lang::En, Column::Envelope, true);
        assert!(en.contains(" 2028, mio. kr. (estimate: Population share (Figure 9))</button>"), "{en}");
        assert!(da.contains("Udspil 2024, Figur 20"), "sources named by document and place");
        assert!(da.contains("Udspil 2024, Tabel 1"));
        assert!(da.contains("beløbene er afrundede og summer til 3.480 af puljens 3.500 mio. kr. ("), "{da}");
        assert!(en.contains("the amounts are rounded and sum to 3,480 of the pool&#39;s 3,500 mio. kr. ("), "{en}");
        assert!(en.contains("Udspil 2024, Figure 9"));
    }

    #[test]
    fn a_year_without_a_figure_shows_dashes() {
        let ed = crate::model::edition::document_by_id("udspil-2024");
        let opts = Options { edition: ed, ..Options::default() };
        let o = overview(&opts, pool_by_id("sundhedsraad_total").unwrap(), 2031).unwrap();
        let s = overview_table(&o, Lang::Da, Column::Envelope, false);
        assert_eq!(s.matches("<td class=\"num gap\" title=\"Ikke offentliggjort\">–</td>").count(), 18);
        assert!(s.contains("kilderne ikke har et tal"));
    }

    #[test]
    fn controls_offer_pools_with_yearly_figures_and_years() {
        let pool = pool_by_id("sundhedsraad_total").unwrap();
        let s = overview_controls(Lang::Da, pool, 2029);
        assert!(s.contains("<label for=\"overview-pool\">Pulje</label><select id=\"overview-pool\" name=\"pool\" data-control=\"pool\">"));
        assert!(s.contains(
            "<label for=\"overview-year\">År</label><select id=\"overview-year\" name=\"year\" data-control=\"year\">"
        ));
        assert!(s.contains("<option value=\"sundhedsraad_total\" selected=\"\">"));
        assert!(s.contains("<option value=\"2029\" selected=\"\">2029</option>"));
        assert_eq!(s.matches("<option value=\"20").count(), 5);
        assert!(!s.contains("anlaeg_fysiske_rammer"));
        assert_eq!(s.matches(" selected=\"\"").count(), 2);
        assert!(overview_controls(Lang::En, pool, 2029).contains(">Year</label>"));
    }

    #[test]
    fn regions_table_and_the_oestdanmark_note() {
        let o = o();
        let da = regions_table(&o, Lang::Da);
        assert_eq!(da.matches("<tr data-region=").count(), 4);
        assert!(da.contains("<th scope=\"row\">Østdanmark</th>"));
        assert!(da.contains("<td class=\"num\">57</td><td class=\"num\">41</td><td class=\"num\">47</td><td class=\"num exceeds\">10</td>"), "{da}");
        assert!(da.contains(
            "<td class=\"num\">14</td><td class=\"num\">25</td><td class=\"num\">25</td><td class=\"num\">0</td>"
        ));
        assert!(da.contains("<td class=\"num\">2,8</td><td class=\"num\">46 %</td>"));
        assert_eq!(da.matches("<p class=\"note\" data-region=").count(), 1, "only Østdanmark");
        assert!(da.contains("mere end ét sundhedsråd. Kilderne afgør ikke, hvem der sidder hvor."));
        assert!(da.contains("L 214, ny § 8 i regionsloven") && da.contains("Udspil 2024, Figur 8"));
        assert_eq!(da.matches("data-raad=").count(), 17);
        let en = regions_table(&o, Lang::En);
        assert!(en.contains("must sit on more than one health council. The sources do not settle who sits where."));
        assert!(en.contains("<td class=\"num\">2.8</td><td class=\"num\">46%</td>"));
        assert!(!en.contains("Figur ") && !en.contains("Tabel "), "{en}");
        // The GP-coverage support: five regions of the time under four, 281 mio. kr. and 100 %.
        assert!(da.contains("<th scope=\"row\">Østdanmark</th><td>Sjælland</td><td class=\"num\">123</td><td class=\"num\">44 %</td>"), "{da}");
        assert!(da.contains("<td class=\"num\">281</td><td class=\"num\">100 %</td>"));
        assert!(da.contains("Forårsaftale 2025, dias &#39;Bedre lægedækning&#39;"), "{da}");
        assert!(en.contains("it does not say which amounts the split covers"));
    }

    #[test]
    fn data_is_escaped() {
        let mut o = o();
        o.regions[0].rows[0].name = "<script>x</script>";
        let s = overview_table(&o, Lang::Da, Column::Name, false);
        assert!(!s.contains("<script>") && s.contains("&lt;script&gt;"));
    }
}
