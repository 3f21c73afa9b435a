//! "Prøv en anden regel" (issue 9): the panel where a reader changes the
//! vote tiers, the regional members' weight and the majority the region must
//! hold, and sees what that changes beside the published rule, in the chosen
//! council, in all 17 and in the four regions; and where a reader pastes or
//! loads the municipalities' populations.
//!
//! Drawn by the explore module; `js/explore.js` reads the fields, and the
//! widget applies the rule (the council view above shows it). The texts are
//! local to this module ([`RuleTexts`], Danish and English).
//!
//! After the rule's fields, the reader may move a municipality to another
//! council of its region, or add it to another council as an observer (a
//! member without a vote): the comparison then shows every council the
//! changes touch. Moves are shown only here; the council view above keeps
//! the published membership.

use super::Html;
use crate::i18n::{format_int, Lang};
use crate::model::edition::{self, CouncilId, COUNCILS, REGIONS};
use crate::model::error::ModelError;
use crate::model::population_file::PopulationFile;
use crate::model::rule_form::{Field, FormProblem, RuleForm, HEADS_AND_VOTES, NONE, VOTES};
use crate::model::votes::Composition;
use crate::model::what_if::{CouncilWhatIf, Membership, MembershipChange, WhatIf};

/// The panel's fixed texts in one language.
#[derive(Debug)]
pub struct RuleTexts {
    /// Heading of the section.
    pub heading: &'static str,
    /// What the panel is for.
    pub intro: &'static str,
    /// The disclosure's summary.
    pub edit: &'static str,
    /// Legend of the tiers.
    pub tiers: &'static str,
    /// Column: from population.
    pub from: &'static str,
    /// Column: votes.
    pub votes: &'static str,
    /// The first tier's lower end.
    pub first_from: &'static str,
    /// A tier (its number follows).
    pub tier: &'static str,
    /// Button: remove tier (the tier's number follows), as read aloud.
    pub remove: &'static str,
    /// Button: remove, as shown.
    pub remove_short: &'static str,
    /// Button: add a tier.
    pub add: &'static str,
    /// Label of the regional members' weight.
    pub weight: &'static str,
    /// Legend of the majority choice.
    pub majority: &'static str,
    /// Majority of heads and votes.
    pub heads_and_votes: &'static str,
    /// Majority of votes only.
    pub votes_only: &'static str,
    /// No majority: a stated number of members.
    pub none: &'static str,
    /// Label of the stated number.
    pub members: &'static str,
    /// Submit button.
    pub apply: &'static str,
    /// Reset button.
    pub reset: &'static str,
    /// Under the published rule.
    pub published_applies: &'static str,
    /// Column: the published rule.
    pub published: &'static str,
    /// Column: the tried rule.
    pub tried: &'static str,
    /// Column: difference.
    pub difference: &'static str,
    /// Row: municipal votes.
    pub municipal_votes: &'static str,
    /// Row: regional members.
    pub regional_members: &'static str,
    /// Row: all members.
    pub total_members: &'static str,
    /// Row: all weighted votes.
    pub total_votes: &'static str,
    /// Row: votes for a majority.
    pub majority_needed: &'static str,
    /// Row: the region has a majority of the members.
    pub majority_heads: &'static str,
    /// Row: the region has a majority of the votes.
    pub majority_votes: &'static str,
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
    /// Heading: all 17 councils.
    pub all_councils: &'static str,
    /// Heading: the regions.
    pub regions: &'static str,
    /// Column: region.
    pub region: &'static str,
    /// Column: seats under the published rule.
    pub seats_published: &'static str,
    /// Column: seats under the tried rule.
    pub seats_tried: &'static str,
    /// Column: the regionsråd's size under L 214.
    pub regionsraad: &'static str,
    /// Heading of the populations part.
    pub populations: &'static str,
    /// What the populations part is for.
    pub populations_intro: &'static str,
    /// Label of the text box.
    pub paste: &'static str,
    /// Label of the file input.
    pub load: &'static str,
    /// Button: use the populations.
    pub use_populations: &'static str,
    /// Button: forget them.
    pub clear_populations: &'static str,
    /// Legend of the membership part.
    pub move_heading: &'static str,
    /// What the membership part does, and that moves are shown only here.
    pub move_intro: &'static str,
    /// Label of the municipality.
    pub move_municipality: &'static str,
    /// Label of the kind of change.
    pub move_kind: &'static str,
    /// The kind: move.
    pub move_kind_move: &'static str,
    /// The kind: observer.
    pub move_kind_observe: &'static str,
    /// Label of the target council.
    pub move_to: &'static str,
    /// Button: add the change.
    pub move_add: &'static str,
    /// Heading of the list of changes.
    pub move_changes: &'static str,
    /// Button: remove a change (its number and words follow), as read aloud.
    pub move_remove: &'static str,
    /// After the membership's problem: the changes are not used.
    pub move_unused: &'static str,
    /// Row: municipal members.
    pub municipal_members: &'static str,
    /// Row: members present, with the observers.
    pub members_present: &'static str,
}

const DA: RuleTexts = RuleTexts {
    heading: "Prøv en anden regel",
    intro: "Skift reglen for kommunernes stemmer og regionens flertal, og se, hvad det ændrer i alle 17 sundhedsråd. Den offentliggjorte regel er udspillets. Alt regnes her i browseren; intet sendes.",
    edit: "Ret reglen",
    tiers: "Kommunernes stemmer efter indbyggertal",
    from: "Fra indbyggertal",
    votes: "Stemmer",
    first_from: "0 (alle kommuner)",
    tier: "trin",
    remove: "Fjern trin",
    remove_short: "Fjern",
    add: "Tilføj et trin",
    weight: "Stemmer pr. regionalt medlem",
    majority: "Hvad regionens medlemmer skal have",
    heads_and_votes: "Flertal af både medlemmer og stemmer (udspillets regel)",
    votes_only: "Kun flertal af stemmerne",
    none: "Intet krav om flertal: et fast antal regionale medlemmer",
    members: "Regionale medlemmer i hvert sundhedsråd",
    apply: "Beregn med reglen",
    reset: "Tilbage til den offentliggjorte regel",
    published_applies: "Den offentliggjorte regel gælder. Ret et tal i reglen for at se, hvad en anden regel ændrer.",
    published: "Offentliggjort regel",
    tried: "Prøvet regel",
    difference: "Forskel",
    municipal_votes: "Kommunernes stemmer",
    regional_members: "Regionale medlemmer",
    total_members: "Medlemmer i alt",
    total_votes: "Vægtede stemmer i alt",
    majority_needed: "Stemmer til flertal",
    majority_heads: "Regionen har flertal af medlemmerne",
    majority_votes: "Regionen har flertal af stemmerne",
    yes: "Ja",
    no: "Nej",
    all_councils: "I alle 17 sundhedsråd",
    regions: "Regionernes pladser",
    region: "Region",
    seats_published: "Pladser, offentliggjort regel",
    seats_tried: "Pladser, prøvet regel",
    regionsraad: "Regionsrådets medlemmer (L 214)",
    populations: "Kommunernes indbyggertal",
    populations_intro: "Reformens kilder har ikke kommunernes indbyggertal; Danmarks Statistik offentliggør dem (statistikbanken.dk, tabel FOLK1A). Indsæt eller hent en fil med én kommune pr. linje: kommunekode eller navn og indbyggertal, adskilt af komma, semikolon eller tabulator. Filen læses her i browseren.",
    paste: "Tekst med indbyggertal",
    load: "Eller hent en fil",
    use_populations: "Brug indbyggertallene",
    clear_populations: "Glem indbyggertallene",
    move_heading: "Flyt en kommune eller tilføj en observatør",
    move_intro: "En kommune kan flytte til et andet sundhedsråd i sin region, eller deltage i et andet sundhedsråd som observatør uden stemme, hvis det sundhedsråd siger ja (udspillet). En observatør tæller med blandt de fremmødte, aldrig i stemmerne. Flytninger vises kun her i sammenligningen; sundhedsrådet ovenfor viser det offentliggjorte medlemskab.",
    move_municipality: "Kommune",
    move_kind: "Ændring",
    move_kind_move: "Flyt til et andet sundhedsråd i regionen",
    move_kind_observe: "Observatør (uden stemme) i et andet sundhedsråd",
    move_to: "Sundhedsråd",
    move_add: "Tilføj ændringen",
    move_changes: "Ændringer i medlemskab",
    move_remove: "Fjern ændring",
    move_unused: "Ændringerne bruges ikke, før det er rettet.",
    municipal_members: "Kommuner (medlemmer)",
    members_present: "Til stede i alt, med observatører",
};

const EN: RuleTexts = RuleTexts {
    heading: "Try another rule",
    intro: "Change the rule for the municipalities' votes and the region's majority, and see what it changes in all 17 councils. The published rule is the proposal's. Everything is computed here in the browser; nothing is sent.",
    edit: "Edit the rule",
    tiers: "The municipalities' votes by population",
    from: "From population",
    votes: "Votes",
    first_from: "0 (every municipality)",
    tier: "tier",
    remove: "Remove tier",
    remove_short: "Remove",
    add: "Add a tier",
    weight: "Votes per regional member",
    majority: "What the region's members must hold",
    heads_and_votes: "A majority of both members and votes (the proposal's rule)",
    votes_only: "A majority of the votes only",
    none: "No majority required: a fixed number of regional members",
    members: "Regional members in each council",
    apply: "Calculate with the rule",
    reset: "Back to the published rule",
    published_applies: "The published rule applies. Change a number in the rule to see what another rule changes.",
    published: "Published rule",
    tried: "Tried rule",
    difference: "Difference",
    municipal_votes: "Municipalities' votes",
    regional_members: "Regional members",
    total_members: "Members in all",
    total_votes: "Weighted votes in all",
    majority_needed: "Votes for a majority",
    majority_heads: "The region has a majority of the members",
    majority_votes: "The region has a majority of the votes",
    yes: "Yes",
    no: "No",
    all_councils: "In all 17 councils",
    regions: "The regions' seats",
    region: "Region",
    seats_published: "Seats, published rule",
    seats_tried: "Seats, tried rule",
    regionsraad: "Regional council members (L 214)",
    populations: "The municipalities' populations",
    populations_intro: "The reform's sources do not give the municipalities' populations; Statistics Denmark publishes them (statistikbanken.dk, table FOLK1A). Paste or load a file with one municipality per line: its code or name and its population, separated by a comma, a semicolon or a tab. The file is read here in the browser.",
    paste: "Text with populations",
    load: "Or load a file",
    use_populations: "Use the populations",
    clear_populations: "Forget the populations",
    move_heading: "Move a municipality or add an observer",
    move_intro: "A municipality may move to another council of its region, or join another council as an observer without a vote, if that council agrees (the proposal). An observer counts among the members present, never in the votes. Moves are shown only here, in the comparison; the council above shows the published membership.",
    move_municipality: "Municipality",
    move_kind: "Change",
    move_kind_move: "Move to another council of the region",
    move_kind_observe: "Observer (no vote) in another council",
    move_to: "Council",
    move_add: "Add the change",
    move_changes: "Membership changes",
    move_remove: "Remove change",
    move_unused: "The changes are not used until this is corrected.",
    municipal_members: "Municipalities (members)",
    members_present: "Present in all, with observers",
};

impl RuleTexts {
    /// The texts in `lang`.
    pub fn of(lang: Lang) -> &'static RuleTexts {
        match lang {
            Lang::Da => &DA,
            Lang::En => &EN,
        }
    }
}

/// What the panel shows below the rule.
#[derive(Debug)]
pub struct PanelState<'a> {
    /// The fields as the reader typed them.
    pub form: &'a RuleForm,
    /// Why the fields make no rule (then the published rule applies).
    pub problem: Option<&'a FormProblem>,
    /// The chosen council.
    pub council: CouncilId,
    /// The rule in force against the published one.
    pub what_if: &'a Result<WhatIf, ModelError>,
    /// The last population file read, if any: its text and what it gave.
    pub file: Option<(&'a str, &'a PopulationFile)>,
    /// How many populations are in force.
    pub populations_in_force: usize,
    /// The reader has the fields open (they stay open while the reader works).
    pub open: bool,
    /// The membership changes as given, in order (entries of
    /// [`Membership::parse`]), each with its own remove button.
    pub changes: &'a [String],
    /// The membership in force in the comparison (the published one when
    /// the changes make none).
    pub membership: &'a Membership,
    /// Why the changes make no membership.
    pub membership_problem: Option<&'a ModelError>,
    /// What the membership fields show (not yet added).
    pub draft: MoveDraft,
}

/// The membership fields as the reader left them: a change not yet added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MoveDraft {
    /// An observer rather than a move.
    pub observe: bool,
    /// The municipality chosen, if any.
    pub code: Option<u16>,
    /// The council chosen, if any.
    pub to: Option<CouncilId>,
}

impl MoveDraft {
    /// Reads the fields as `js/explore.js` passes them, `"<kind>:<code>:<council>"`
    /// (an entry's shape; any part may be missing or wrong, then the panel
    /// chooses).
    pub fn read(text: &str) -> Self {
        let mut parts = text.split(':').map(str::trim);
        let observe = parts.next() == Some("observe");
        let code =
            parts.next().and_then(|c| c.parse::<u16>().ok()).filter(|c| edition::municipality_by_code(*c).is_some());
        let to = parts.next().and_then(edition::council_index);
        MoveDraft { observe, code, to }
    }
}

/// The whole section's content (its heading, the form, what the rule
/// changes, the populations part).
pub fn section(lang: Lang, s: &PanelState) -> String {
    let t = RuleTexts::of(lang);
    let mut h = Html::new();
    h.el("h3", &[("id", "rule-h")], t.heading);
    h.el("p", &[("class", "hint")], t.intro);
    let open = s.open || s.problem.is_some() || *s.form != RuleForm::published() || !s.changes.is_empty();
    let mut details = vec![("class", "rule-panel")];
    if open {
        details.push(("open", ""));
    }
    h.open("details", &details).el("summary", &[], t.edit);
    form(&mut h, t, s.form);
    membership(&mut h, t, lang, s);
    h.close("details");
    let message = s.problem.map(|p| problem_message(p, lang)).unwrap_or_default();
    h.el("p", &[("id", "rule-msg"), ("class", "msg"), ("role", "alert")], &message);
    h.open("div", &[("class", "rule-results")]);
    match s.what_if {
        Ok(w) => results(&mut h, t, lang, w, s.council, !s.membership.is_empty()),
        Err(e) => {
            h.el("p", &[("class", "msg")], &e.message(lang));
        }
    }
    h.close("div");
    populations(&mut h, t, lang, s);
    h.finish()
}

fn form(h: &mut Html, t: &RuleTexts, f: &RuleForm) {
    h.open("form", &[("class", "rule-form"), ("novalidate", "")]);
    h.open("fieldset", &[]).el("legend", &[], t.tiers);
    h.open("table", &[("class", "rule-tiers")]);
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], t.from);
    h.el("th", &[("scope", "col")], t.votes);
    h.close("tr").close("thead").open("tbody", &[]);
    for (i, (from, votes)) in f.tiers.iter().enumerate() {
        let n = (i + 1).to_string();
        let (from_id, votes_id) = (format!("tier-from-{n}"), format!("tier-votes-{n}"));
        let label = |what: &str| format!("{what} ({} {n})", t.tier);
        h.open("tr", &[]);
        if i == 0 {
            h.el("td", &[], t.first_from);
        } else {
            h.open("td", &[]);
            let aria = label(t.from);
            text_input(h, &from_id, from, &aria, "tier-from");
            h.close("td");
        }
        // The tier's "Fjern" beside its votes, in the same cell: where the
        // widget is narrow (320 px, 200 % text) it goes under the field
        // rather than out of the widget.
        h.open("td", &[]);
        let aria = label(t.votes);
        text_input(h, &votes_id, votes, &aria, "tier-votes");
        if i > 0 {
            let remove = format!("{} {n}", t.remove);
            let attrs = [("type", "button"), ("data-rule-remove", &n), ("aria-label", &remove)];
            h.el("button", &attrs, t.remove_short);
        }
        h.close("td").close("tr");
    }
    h.close("tbody").close("table");
    h.el("button", &[("type", "button"), ("data-rule-add", "")], t.add);
    h.close("fieldset");
    h.open("p", &[]).el("label", &[("for", "rule-weight")], t.weight);
    text_input(h, "rule-weight", &f.weight, "", "");
    h.close("p");
    h.open("fieldset", &[]).el("legend", &[], t.majority);
    for (value, text) in [(HEADS_AND_VOTES, t.heads_and_votes), (VOTES, t.votes_only), (NONE, t.none)] {
        let id = format!("rule-majority-{value}");
        let mut attrs = vec![("type", "radio"), ("name", "rule-majority"), ("id", id.as_str()), ("value", value)];
        if f.majority == value || (value == HEADS_AND_VOTES && ![VOTES, NONE].contains(&f.majority.as_str())) {
            attrs.push(("checked", ""));
        }
        h.open("div", &[("class", "radio")]).open("input", &attrs).el("label", &[("for", &id)], text).close("div");
    }
    h.open("p", &[]).el("label", &[("for", "rule-members")], t.members);
    text_input(h, "rule-members", &f.members, "", "");
    h.close("p").close("fieldset");
    h.open("p", &[("class", "rule-buttons")]);
    h.el("button", &[("type", "submit")], t.apply);
    h.el("button", &[("type", "button"), ("data-rule-reset", "")], t.reset);
    h.close("p").close("form");
}

/// A short text field for a whole number (`class` marks a tier's field).
fn text_input(h: &mut Html, id: &str, value: &str, label: &str, class: &str) {
    let mut attrs = vec![("id", id), ("type", "text"), ("inputmode", "numeric"), ("value", value), ("size", "9")];
    if !label.is_empty() {
        attrs.push(("aria-label", label));
    }
    if !class.is_empty() {
        attrs.push(("class", class));
    }
    h.open("input", &attrs);
}

/// Why the fields make no rule, in a sentence.
pub fn problem_message(p: &FormProblem, lang: Lang) -> String {
    match p {
        FormProblem::Rule(e) => e.message(lang),
        FormProblem::NotANumber(field, value) => {
            let place = match (field, lang) {
                (Field::TierFrom(n), Lang::Da) => format!("Trin {n}, fra indbyggertal"),
                (Field::TierFrom(n), Lang::En) => format!("Tier {n}, from population"),
                (Field::TierVotes(n), Lang::Da) => format!("Trin {n}, stemmer"),
                (Field::TierVotes(n), Lang::En) => format!("Tier {n}, votes"),
                (Field::Weight, _) => RuleTexts::of(lang).weight.to_string(),
                (Field::Members, _) => RuleTexts::of(lang).members.to_string(),
            };
            match (lang, value.is_empty()) {
                (Lang::Da, true) => format!("{place}: skriv et helt tal. Indtil da gælder den offentliggjorte regel."),
                (Lang::En, true) => format!("{place}: enter a whole number. Until then the published rule applies."),
                (Lang::Da, false) => format!(
                    "{place}: «{value}» er ikke et helt tal. Indtil det rettes, gælder den offentliggjorte regel."
                ),
                (Lang::En, false) => format!(
                    "{place}: «{value}» is not a whole number. Until it is corrected, the published rule applies."
                ),
            }
        }
    }
}

/// The membership part: a municipality of the chosen council's region, a
/// move or an observer, the council; the button that adds the change; the
/// changes made, each with its remove button; and the membership's problem.
fn membership(h: &mut Html, t: &RuleTexts, lang: Lang, s: &PanelState) {
    let region = COUNCILS[s.council.0].region;
    let in_region = |c: CouncilId| COUNCILS[c.0].region == region;
    let d = s.draft;
    let code = d
        .code
        .filter(|c| edition::municipality_by_code(*c).is_some_and(|m| in_region(m.council)))
        .or_else(|| edition::municipalities_of(s.council).next().map(|m| m.code))
        .unwrap_or(0);
    let chosen = edition::municipality_by_code(code);
    h.open("form", &[("class", "move-form"), ("novalidate", "")]);
    h.open("fieldset", &[]).el("legend", &[], t.move_heading);
    h.el("p", &[("class", "hint")], t.move_intro);
    h.open("p", &[]).el("label", &[("for", "move-municipality")], t.move_municipality);
    h.open("select", &[("id", "move-municipality")]);
    for (id, council) in edition::councils_of(region) {
        h.open("optgroup", &[("label", council.name)]);
        for m in edition::municipalities_of(id) {
            option(h, &m.code.to_string(), m.name, m.code == code);
        }
        h.close("optgroup");
    }
    h.close("select").close("p");
    h.open("p", &[]).el("label", &[("for", "move-kind")], t.move_kind);
    h.open("select", &[("id", "move-kind")]);
    option(h, "move", t.move_kind_move, !d.observe);
    option(h, "observe", t.move_kind_observe, d.observe);
    h.close("select").close("p");
    // A move: the other councils of the region. An observer: any council
    // but the one the municipality belongs to (after the moves).
    let own = chosen.map(|m| if d.observe { s.membership.council_of(m) } else { m.council });
    let targets: Vec<CouncilId> =
        (0..COUNCILS.len()).map(CouncilId).filter(|&c| Some(c) != own && (d.observe || in_region(c))).collect();
    let to = d.to.filter(|c| targets.contains(c)).or_else(|| targets.first().copied());
    h.open("p", &[]).el("label", &[("for", "move-to")], t.move_to);
    h.open("select", &[("id", "move-to")]);
    for (r, reg) in REGIONS.iter().enumerate() {
        let of_region: Vec<CouncilId> = targets.iter().copied().filter(|c| COUNCILS[c.0].region.0 == r).collect();
        if of_region.is_empty() {
            continue;
        }
        let label = format!("Region {}", reg.name);
        h.open("optgroup", &[("label", &label)]);
        for c in of_region {
            option(h, COUNCILS[c.0].id, COUNCILS[c.0].name, Some(c) == to);
        }
        h.close("optgroup");
    }
    h.close("select").close("p");
    h.open("p", &[("class", "rule-buttons")]);
    h.el("button", &[("type", "button"), ("data-move-add", "")], t.move_add);
    h.close("p").close("fieldset");
    if !s.changes.is_empty() {
        h.el("p", &[("id", "move-list-h")], t.move_changes);
        h.open("ul", &[("class", "move-list"), ("aria-labelledby", "move-list-h")]);
        for (i, entry) in s.changes.iter().enumerate() {
            let words = match MembershipChange::parse(entry) {
                Ok(c) => membership_words(lang, &c),
                Err(e) => e.message(lang),
            };
            let n = (i + 1).to_string();
            let remove = format!("{} {n}: {words}", t.move_remove);
            h.open("li", &[]).text(&words).text(" ");
            h.el("button", &[("type", "button"), ("data-move-remove", &n), ("aria-label", &remove)], t.remove_short);
            h.close("li");
        }
        h.close("ul");
    }
    let message = s.membership_problem.map(|e| format!("{} {}", e.message(lang), t.move_unused)).unwrap_or_default();
    h.el("p", &[("id", "move-msg"), ("class", "msg"), ("role", "alert")], &message);
    h.close("form");
}

/// An `<option>`, selected or not.
fn option(h: &mut Html, value: &str, text: &str, selected: bool) {
    let mut attrs = vec![("value", value)];
    if selected {
        attrs.push(("selected", ""));
    }
    h.el("option", &attrs, text);
}

/// A change of membership in words: "Middelfart flytter til Fyn".
pub fn membership_words(lang: Lang, c: &MembershipChange) -> String {
    let name = |code: u16| edition::municipality_by_code(code).map_or("?", |m| m.name);
    match (*c, lang) {
        (MembershipChange::Move(code, to), Lang::Da) => format!("{} flytter til {}", name(code), COUNCILS[to.0].name),
        (MembershipChange::Move(code, to), Lang::En) => format!("{} moves to {}", name(code), COUNCILS[to.0].name),
        (MembershipChange::Observe(code, to), Lang::Da) => {
            format!("{} er observatør uden stemme i {}", name(code), COUNCILS[to.0].name)
        }
        (MembershipChange::Observe(code, to), Lang::En) => {
            format!("{} is an observer without a vote in {}", name(code), COUNCILS[to.0].name)
        }
    }
}

fn results(h: &mut Html, t: &RuleTexts, lang: Lang, w: &WhatIf, council: CouncilId, moved: bool) {
    let changed: Vec<&CouncilWhatIf> = w.councils.iter().filter(|c| c.differs()).collect();
    let same = w.councils.iter().all(|c| c.published == c.what_if && c.observers.is_empty());
    if same {
        h.el("p", &[("role", "status")], t.published_applies);
        return;
    }
    h.el("p", &[("role", "status")], &count_sentence(lang, changed.len(), moved));
    if let Some(c) = w.council(council) {
        council_table(h, t, lang, c);
    }
    // Every other council a membership change touches: both ends of a move.
    for c in &w.councils {
        let touched = !c.joined.is_empty() || !c.left.is_empty() || !c.observers.is_empty();
        if touched && c.council != council {
            council_table(h, t, lang, c);
        }
    }
    h.el("h4", &[("id", "rule-all-h")], t.all_councils);
    if changed.is_empty() {
        h.el("p", &[], &count_sentence(lang, 0, moved));
    } else {
        h.open("ul", &[("class", "rule-changes"), ("aria-labelledby", "rule-all-h")]);
        for c in &changed {
            let name = COUNCILS[c.council.0].name;
            h.el("li", &[], &format!("{name}: {}", change_words(lang, c)));
        }
        h.close("ul");
    }
    regions(h, t, lang, w);
}

/// "The rule changes n of the 17 councils."; with membership changes
/// (`moved`), the rule and those changes together.
fn count_sentence(lang: Lang, n: usize, moved: bool) -> String {
    if moved {
        return match (lang, n) {
            (Lang::Da, 1) => "Den prøvede regel og ændringerne i medlemskab ændrer 1 af de 17 sundhedsråd.".into(),
            (Lang::En, 1) => "The tried rule and the membership changes change 1 of the 17 councils.".into(),
            (Lang::Da, n) => format!("Den prøvede regel og ændringerne i medlemskab ændrer {n} af de 17 sundhedsråd."),
            (Lang::En, n) => format!("The tried rule and the membership changes change {n} of the 17 councils."),
        };
    }
    match (lang, n) {
        (Lang::Da, 0) => "Den prøvede regel ændrer intet i de 17 sundhedsråd.".into(),
        (Lang::En, 0) => "The tried rule changes nothing in the 17 councils.".into(),
        (Lang::Da, 1) => "Den prøvede regel ændrer 1 af de 17 sundhedsråd.".into(),
        (Lang::En, 1) => "The tried rule changes 1 of the 17 councils.".into(),
        (Lang::Da, n) => format!("Den prøvede regel ændrer {n} af de 17 sundhedsråd."),
        (Lang::En, n) => format!("The tried rule changes {n} of the 17 councils."),
    }
}

/// What changes in a council, in words: "Middelfart flytter hertil fra
/// Trekantsområdet; +2 regionale medlemmer; Odense: 2 → 3 stemmer".
pub fn change_words(lang: Lang, c: &CouncilWhatIf) -> String {
    let mut parts = Vec::new();
    for m in &c.left {
        let to = COUNCILS[m.to.0].name;
        parts.push(match lang {
            Lang::Da => format!("{} flytter til {to}", m.name),
            Lang::En => format!("{} moves to {to}", m.name),
        });
    }
    for m in &c.joined {
        let from = COUNCILS[m.from.0].name;
        parts.push(match lang {
            Lang::Da => format!("{} flytter hertil fra {from}", m.name),
            Lang::En => format!("{} moves here from {from}", m.name),
        });
    }
    for (_, name) in &c.observers {
        parts.push(match lang {
            Lang::Da => format!("{name} er observatør uden stemme"),
            Lang::En => format!("{name} is an observer without a vote"),
        });
    }
    let d = c.regional_members_change();
    if d != 0 {
        let sign = if d > 0 { "+" } else { "−" };
        let n = d.unsigned_abs();
        parts.push(match (lang, n) {
            (Lang::Da, 1) => format!("{sign}1 regionalt medlem"),
            (Lang::Da, _) => format!("{sign}{n} regionale medlemmer"),
            (Lang::En, 1) => format!("{sign}1 regional member"),
            (Lang::En, _) => format!("{sign}{n} regional members"),
        });
    }
    for v in &c.vote_changes {
        let unit = match (lang, v.what_if) {
            (Lang::Da, 1) => "stemme",
            (Lang::Da, _) => "stemmer",
            (Lang::En, 1) => "vote",
            (Lang::En, _) => "votes",
        };
        parts.push(format!("{}: {} → {} {unit}", v.name, v.published, v.what_if));
    }
    let (p, w) = (&c.published, &c.what_if);
    if d == 0 && p.regional_votes != w.regional_votes {
        parts.push(match lang {
            Lang::Da => format!("regionens stemmer {} → {}", p.regional_votes, w.regional_votes),
            Lang::En => format!("the region's votes {} → {}", p.regional_votes, w.regional_votes),
        });
    }
    if p.region_majority_heads && !w.region_majority_heads {
        parts.push(match lang {
            Lang::Da => "regionen mister flertallet af medlemmerne".into(),
            Lang::En => "the region loses its majority of the members".into(),
        });
    }
    if p.region_majority_votes && !w.region_majority_votes {
        parts.push(match lang {
            Lang::Da => "regionen mister flertallet af stemmerne".into(),
            Lang::En => "the region loses its majority of the votes".into(),
        });
    }
    parts.join("; ")
}

/// A row of the comparison: its label and the figure it reads.
type Row<'a, T> = (&'a str, fn(&Composition) -> T);

fn council_table(h: &mut Html, t: &RuleTexts, lang: Lang, c: &CouncilWhatIf) {
    let name = COUNCILS[c.council.0].name;
    let caption = match lang {
        Lang::Da => format!("Sundhedsråd {name} under de to regler"),
        Lang::En => format!("Health council {name} under the two rules"),
    };
    let hint = crate::i18n::texts::texts(lang).scroll_hint;
    h.open_table_wrap(&caption, hint);
    h.open("table", &[("class", "rule-compare")]).el("caption", &[], &caption);
    h.open("thead", &[]).open("tr", &[]);
    h.el("td", &[], "");
    for col in [t.published, t.tried, t.difference] {
        h.el("th", &[("scope", "col"), ("class", "num")], col);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    let (p, w) = (&c.published, &c.what_if);
    if p.municipal_members != w.municipal_members {
        let counts: [Row<u32>; 1] = [(t.municipal_members, |k| k.municipal_members)];
        count_rows(h, lang, p, w, &counts);
    }
    let counts: [Row<u32>; 5] = [
        (t.municipal_votes, |k| k.municipal_votes),
        (t.regional_members, |k| k.regional_members),
        (t.total_members, |k| k.total_members),
        (t.total_votes, |k| k.total_votes),
        (t.majority_needed, |k| k.majority_needed),
    ];
    count_rows(h, lang, p, w, &counts);
    if !c.observers.is_empty() {
        let (a, b) = (p.total_members, c.members_present());
        row(h, t.members_present, [format_int(a.into(), lang), format_int(b.into(), lang), difference(a, b, lang)]);
    }
    let yes_no = |b: bool| if b { t.yes } else { t.no }.to_string();
    let flags: [Row<bool>; 2] =
        [(t.majority_heads, |k| k.region_majority_heads), (t.majority_votes, |k| k.region_majority_votes)];
    for (label, f) in flags {
        let changed = if f(p) == f(w) { String::new() } else { t.difference.to_string() };
        row(h, label, [yes_no(f(p)), yes_no(f(w)), changed]);
    }
    h.close("tbody").close("table").close("div");
}

/// Rows of figures under both sides, with their difference.
fn count_rows(h: &mut Html, lang: Lang, p: &Composition, w: &Composition, counts: &[Row<u32>]) {
    for &(label, f) in counts {
        let (a, b) = (f(p), f(w));
        row(h, label, [format_int(a.into(), lang), format_int(b.into(), lang), difference(a, b, lang)]);
    }
}

/// "+2", "−1" or "0".
fn difference(a: u32, b: u32, lang: Lang) -> String {
    match i64::from(b) - i64::from(a) {
        0 => "0".to_string(),
        d if d > 0 => format!("+{}", format_int(d.unsigned_abs(), lang)),
        d => format!("−{}", format_int(d.unsigned_abs(), lang)),
    }
}

fn row(h: &mut Html, label: &str, cells: [String; 3]) {
    h.open("tr", &[]).el("th", &[("scope", "row")], label);
    for c in cells {
        h.el("td", &[("class", "num")], &c);
    }
    h.close("tr");
}

fn regions(h: &mut Html, t: &RuleTexts, lang: Lang, w: &WhatIf) {
    h.el("h4", &[("id", "rule-regions-h")], t.regions);
    let hint = crate::i18n::texts::texts(lang).scroll_hint;
    h.open_table_wrap(t.regions, hint);
    h.open("table", &[("class", "rule-regions"), ("aria-labelledby", "rule-regions-h")]);
    h.open("thead", &[]).open("tr", &[]);
    h.el("th", &[("scope", "col")], t.region);
    for col in [t.seats_published, t.seats_tried, t.regionsraad] {
        h.el("th", &[("scope", "col"), ("class", "num")], col);
    }
    h.close("tr").close("thead").open("tbody", &[]);
    for r in &w.regions {
        h.open("tr", &[]).el("th", &[("scope", "row")], REGIONS[r.region.0].name);
        for n in [r.published, r.what_if, r.regionsraad_law] {
            h.el("td", &[("class", "num")], &format_int(n.into(), lang));
        }
        h.close("tr");
    }
    h.close("tbody").close("table").close("div");
    let beyond: Vec<String> = w
        .regions
        .iter()
        .filter(|r| r.beyond_members() > 0)
        .map(|r| format!("{} ({})", REGIONS[r.region.0].name, r.beyond_members()))
        .collect();
    if !beyond.is_empty() {
        let list = beyond.join(", ");
        h.el(
            "p",
            &[("class", "hint")],
            &match lang {
                Lang::Da => format!("Under den prøvede regel skal sundhedsrådene have flere regionale pladser, end regionsrådet har medlemmer, i: {list}. Så må nogle medlemmer sidde i mere end ét sundhedsråd; kilderne siger ikke, hvordan pladserne besættes."),
                Lang::En => format!("Under the tried rule the councils need more regional seats than the regional council has members in: {list}. Then some members must sit on more than one council; the sources do not say how the seats are filled."),
            },
        );
    }
}

fn populations(h: &mut Html, t: &RuleTexts, lang: Lang, s: &PanelState) {
    h.el("h4", &[("id", "pop-h")], t.populations);
    h.el("p", &[("class", "hint")], t.populations_intro);
    h.open("form", &[("class", "pop-form")]);
    h.open("p", &[]).el("label", &[("for", "pop-text")], t.paste);
    let text = s.file.map_or("", |(text, _)| text);
    h.el("textarea", &[("id", "pop-text"), ("rows", "4"), ("spellcheck", "false")], text);
    h.close("p").open("p", &[]).el("label", &[("for", "pop-load")], t.load);
    h.open("input", &[("id", "pop-load"), ("type", "file"), ("accept", ".csv,.tsv,.txt,text/csv,text/plain")]);
    h.close("p").open("p", &[("class", "rule-buttons")]);
    h.el("button", &[("type", "submit")], t.use_populations);
    if s.populations_in_force > 0 {
        h.el("button", &[("type", "button"), ("data-pop-clear", "")], t.clear_populations);
    }
    h.close("p").close("form");
    h.open("div", &[("class", "pop-report"), ("role", "status")]);
    if let Some((_, f)) = s.file {
        file_report(h, lang, f);
    } else if s.populations_in_force > 0 {
        h.el("p", &[], &in_force(lang, s.populations_in_force));
    }
    h.close("div");
}

/// "n municipalities have a population" sentence.
fn in_force(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Da => format!("Indbyggertal i brug: {n} af 98 kommuner."),
        Lang::En => format!("Populations in use: {n} of 98 municipalities."),
    }
}

/// What a file gave: the count used and every line that could not be read.
fn file_report(h: &mut Html, lang: Lang, f: &PopulationFile) {
    let n = f.populations.len();
    let missing: Vec<&str> =
        edition::MUNICIPALITIES.iter().filter(|m| !f.populations.contains_key(&m.code)).map(|m| m.name).collect();
    h.el(
        "p",
        &[],
        &match lang {
            Lang::Da => format!("Læst: indbyggertal for {n} af 98 kommuner. De bruges nu i alle tal ovenfor."),
            Lang::En => {
                format!("Read: populations for {n} of 98 municipalities. They are now used in every figure above.")
            }
        },
    );
    if !missing.is_empty() && missing.len() <= 20 {
        let list = missing.join(", ");
        h.el(
            "p",
            &[],
            &match lang {
                Lang::Da => format!("Uden indbyggertal: {list}."),
                Lang::En => format!("Without a population: {list}."),
            },
        );
    }
    if f.rejected.is_empty() {
        return;
    }
    let n = f.rejected.len();
    h.el(
        "p",
        &[],
        &match (lang, n) {
            (Lang::Da, 1) => "1 linje kunne ikke læses:".to_string(),
            (Lang::Da, _) => format!("{n} linjer kunne ikke læses:"),
            (Lang::En, 1) => "1 line could not be read:".to_string(),
            (Lang::En, _) => format!("{n} lines could not be read:"),
        },
    );
    h.open("ul", &[("class", "pop-rejected")]);
    for r in f.rejected.iter().take(50) {
        h.el("li", &[], &r.message(lang));
    }
    h.close("ul");
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::edition::council_index;
    use crate::model::population_file::read;
    use crate::model::votes::{Populations, VoteRule};
    use crate::model::what_if::{compare, Membership};

    static NONE_CHANGED: Membership = Membership { moves: Vec::new(), observers: Vec::new() };

    fn state<'a>(form: &'a RuleForm, w: &'a Result<WhatIf, ModelError>) -> PanelState<'a> {
        PanelState {
            changes: &[],
            membership: &NONE_CHANGED,
            membership_problem: None,
            draft: MoveDraft::default(),
            form,
            problem: None,
            council: council_index("fyn").unwrap(),
            what_if: w,
            file: None,
            populations_in_force: 0,
            open: false,
        }
    }

    #[test]
    fn the_published_rule_says_so_and_keeps_the_panel_closed() {
        let form = RuleForm::published();
        let w = compare(&Populations::new(), &VoteRule::default(), &Membership::default());
        let html = section(Lang::Da, &state(&form, &w));
        assert!(html.contains("Den offentliggjorte regel gælder"));
        assert!(!html.contains("<details class=\"rule-panel\" open"));
        assert!(html.contains("id=\"tier-votes-2\""));
    }

    #[test]
    fn a_heavier_region_is_compared_in_words_and_tables() {
        let mut form = RuleForm::published();
        form.weight = "2".into();
        let rule = form.rule().unwrap();
        let w = compare(&Populations::new(), &rule, &Membership::default());
        let html = section(Lang::Da, &state(&form, &w));
        // Fyn: R 11 → 10 (n = 9, V = 10, weight 2).
        assert!(html.contains("Fyn: −1 regionalt medlem"), "{html}");
        assert!(html.contains("<details class=\"rule-panel\" open"));
        assert!(html.contains("Regionernes pladser"));
        let en = section(Lang::En, &state(&form, &w));
        assert!(en.contains("Fyn: −1 regional member"));
    }

    #[test]
    fn a_bad_field_is_named_and_a_file_reports_its_bad_lines() {
        let mut form = RuleForm::published();
        form.tiers[1].0 = "mange".into();
        let problem = form.rule().unwrap_err();
        let w = compare(&Populations::new(), &VoteRule::default(), &Membership::default());
        let file = read("Odense;210.803\nAtlantis;5\n");
        let s = PanelState {
            problem: Some(&problem),
            file: Some(("Odense;210.803", &file)),
            populations_in_force: 1,
            ..state(&form, &w)
        };
        let html = section(Lang::Da, &s);
        assert!(html.contains("Trin 2, fra indbyggertal: «mange» er ikke et helt tal"), "{html}");
        assert!(html.contains("indbyggertal for 1 af 98 kommuner"));
        assert!(html.contains("1 linje kunne ikke læses"));
        assert!(html.contains("data-pop-clear"));
    }

    /// Every `id="…"` of the html, in order.
    fn ids(html: &str) -> Vec<&str> {
        html.split(" id=\"").skip(1).filter_map(|rest| rest.split('"').next()).collect()
    }

    #[test]
    fn a_move_shows_both_councils_in_words_and_tables() {
        let form = RuleForm::published();
        let changes = vec!["move:410:fyn".to_string()];
        let m = Membership::parse(&changes).unwrap();
        let w = compare(&Populations::new(), &VoteRule::default(), &m);
        let s = PanelState { changes: &changes, membership: &m, ..state(&form, &w) };
        let html = section(Lang::Da, &s);
        assert!(html.contains("Fyn: Middelfart flytter hertil fra Trekantsområdet; +1 regionalt medlem"), "{html}");
        assert!(html.contains("Trekantsområdet: Middelfart flytter til Fyn; −1 regionalt medlem"), "{html}");
        assert!(html.contains("Sundhedsråd Fyn under de to regler"));
        assert!(html.contains("Sundhedsråd Trekantsområdet under de to regler"));
        assert!(html.contains("ændrer 2 af de 17 sundhedsråd"));
        // The change in the list, with its remove button, and the panel open.
        assert!(html.contains("Middelfart flytter til Fyn <button type=\"button\" data-move-remove=\"1\""), "{html}");
        assert!(html.contains("<details class=\"rule-panel\" open"));
        assert!(html.contains("Flytninger vises kun her"));
        let en = section(Lang::En, &s);
        assert!(en.contains("Fyn: Middelfart moves here from Trekantsområdet; +1 regional member"), "{en}");
        assert!(en.contains("Trekantsområdet: Middelfart moves to Fyn; −1 regional member"), "{en}");
        assert!(en.contains("Move a municipality or add an observer"));
        // Ids are unique, every select has its label, and the move ids are prefixed.
        let all = ids(&html);
        for (i, id) in all.iter().enumerate() {
            assert!(!all[..i].contains(id), "{id} twice");
        }
        for id in ["move-municipality", "move-kind", "move-to"] {
            assert!(all.contains(&id) && html.contains(&format!("<label for=\"{id}\">")), "{id}");
        }
    }

    #[test]
    fn the_move_fields_offer_the_region_and_the_draft() {
        let form = RuleForm::published();
        let w = compare(&Populations::new(), &VoteRule::default(), &Membership::default());
        // Fyn's region is Syddanmark: its municipalities by council; a move
        // of Assens goes to the other three councils of the region only.
        let html = section(Lang::Da, &state(&form, &w));
        assert!(html.contains("<optgroup label=\"Trekantsområdet\"><option value=\"621\">Kolding</option>"), "{html}");
        assert!(!html.contains("value=\"751\""), "Aarhus is not in the region");
        let to = html.split("id=\"move-to\"").nth(1).unwrap().split("</select>").next().unwrap();
        assert!(to.contains("value=\"trekantsomraadet\" selected") && !to.contains("value=\"fyn\""), "{to}");
        assert!(!to.contains("value=\"aarhus\""));
        // An observer may go to any other council.
        let s = PanelState { draft: MoveDraft::read("observe:420:aarhus"), ..state(&form, &w) };
        let html = section(Lang::En, &s);
        let to = html.split("id=\"move-to\"").nth(1).unwrap().split("</select>").next().unwrap();
        assert!(to.contains("value=\"aarhus\" selected") && !to.contains("value=\"fyn\""), "{to}");
        assert!(html.contains("<option value=\"420\" selected=\"\">Assens</option>"));
        assert!(html.contains("<option value=\"observe\" selected=\"\">"));
    }

    #[test]
    fn an_observer_is_counted_present_and_named() {
        let form = RuleForm::published();
        let changes = vec!["observe:420:sydvestjylland".to_string()];
        let m = Membership::parse(&changes).unwrap();
        let w = compare(&Populations::new(), &VoteRule::default(), &m);
        let s = PanelState { changes: &changes, membership: &m, ..state(&form, &w) };
        let html = section(Lang::Da, &s);
        assert!(html.contains("Sydvestjylland: Assens er observatør uden stemme"), "{html}");
        // Sydvestjylland: 12 members, 13 present.
        let table = html.split("Sundhedsråd Sydvestjylland under de to regler").nth(2).unwrap();
        assert!(
            table.contains("Til stede i alt, med observatører</th><td class=\"num\">12</td><td class=\"num\">13</td>")
        );
        let en = section(Lang::En, &s);
        assert!(en.contains("Sydvestjylland: Assens is an observer without a vote"), "{en}");
    }

    #[test]
    fn a_bad_change_is_named_and_the_published_membership_compared() {
        let form = RuleForm::published();
        let changes = vec!["move:420:aarhus".to_string(), "flyt:1:2".to_string()];
        let problem = Membership::parse(&changes[..1]).unwrap_err();
        let w = compare(&Populations::new(), &VoteRule::default(), &Membership::default());
        let s = PanelState { changes: &changes, membership_problem: Some(&problem), ..state(&form, &w) };
        let html = section(Lang::Da, &s);
        assert!(
            html.contains(
                "Assens ligger i Region Syddanmark og kan ikke flytte til sundhedsråd Aarhus i Region Midtjylland"
            ),
            "{html}"
        );
        assert!(html.contains("Ændringerne bruges ikke, før det er rettet."));
        assert!(html.contains("Ændringen «flyt:1:2» kan ikke læses"));
        assert!(html.contains("Den offentliggjorte regel gælder"));
    }
}
