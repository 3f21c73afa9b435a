// Reader scenarios, each run through every path: the state, model and render
// natively (tests/scenarios.rs), and `calculate()` and the DOM of a mounted
// widget in the browser (tests/web.rs). Included by both (`include!`).
// One scenario per bug found in the widget, named after it.

/// Something the page or the reader does, in order.
#[allow(dead_code)]
#[derive(Debug, Clone, Copy)]
pub enum Step {
    /// The page sets the `overrides` property to this JSON object.
    OverridesProperty(&'static str),
    /// The page sets the `raad` attribute.
    RaadAttribute(&'static str),
    /// The reader picks a municipality in the municipality list.
    ChooseMunicipality(u16),
    /// The reader types in the population field and leaves it.
    TypePopulation(&'static str),
    /// The reader searches by name and leaves the field.
    Search(&'static str),
}

/// What must hold after the steps, on every path.
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    /// The council shown (its id).
    pub council: &'static str,
    /// The municipality chosen.
    pub municipality: Option<u16>,
    /// The population field's text; `None` when no field is shown.
    pub population_field: Option<&'static str>,
    /// The edition in force: "latest" or a document id.
    pub edition: &'static str,
    /// The key in force: "population", "anlaeg" or "custom".
    pub key: &'static str,
    /// Municipalities' weighted votes (kommunekode, votes).
    pub votes: &'static [(u16, u32)],
    /// Texts the widget's output shows.
    pub shows: &'static [&'static str],
    /// Texts the widget's output must not show.
    pub hides: &'static [&'static str],
}

/// One case.
#[derive(Debug, Clone, Copy)]
pub struct Scenario {
    /// Its name (a bug's name).
    pub name: &'static str,
    /// The `raad` attribute at mount.
    pub raad: &'static str,
    /// The `overrides` attribute at mount (JSON), "" for none.
    pub overrides: &'static str,
    /// What happens, in order.
    pub steps: &'static [Step],
    /// What must hold afterwards.
    pub expect: Expect,
}

/// A key of weight 1 for each of the 17 councils, 2 for Fyn.
#[allow(dead_code)]
pub const CUSTOM_KEY: &str = r#"{"key": {"vendsyssel": 1, "limfjorden": 1, "kronjylland": 1, "horsens": 1, "aarhus": 1, "vestjylland": 1, "midt": 1, "fyn": 2, "trekantsomraadet": 1, "sydvestjylland": 1, "soenderjylland": 1, "hovedstaden": 1, "hovedstaden-syd-og-vest": 1, "hovedstaden-nord": 1, "nordsjaelland": 1, "oestsjaelland-og-oeerne": 1, "midt-og-vestsjaelland": 1}}"#;

const BASE: Expect = Expect {
    council: "fyn",
    municipality: None,
    population_field: None,
    edition: "latest",
    key: "population",
    votes: &[],
    shows: &[],
    hides: &[],
};

/// Every scenario.
#[allow(dead_code)]
pub const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "bug1_page_edition_reaches_picker_and_national_tables",
        raad: "fyn",
        overrides: r#"{"edition": "udspil-2024"}"#,
        steps: &[],
        expect: Expect { edition: "udspil-2024", shows: &["Udspil 2024, Tabel 1"], hides: &["KL-katalog 2025,"], ..BASE },
    },
    Scenario {
        name: "bug2_custom_key_from_the_property_is_shown_as_chosen",
        raad: "fyn",
        overrides: "",
        steps: &[Step::OverridesProperty(CUSTOM_KEY)],
        expect: Expect { key: "custom", ..BASE },
    },
    Scenario {
        name: "bug3_search_forgets_the_previous_municipality_population",
        raad: "fyn",
        overrides: "",
        steps: &[Step::ChooseMunicipality(461), Step::TypePopulation("82.500"), Step::Search("Svendborg")],
        expect: Expect {
            municipality: Some(479),
            population_field: Some(""),
            votes: &[(461, 2), (479, 1)],
            shows: &["Svendborg har 1 stemme"],
            ..BASE
        },
    },
    Scenario {
        name: "bug4_raad_attribute_forgets_the_old_municipality",
        raad: "fyn",
        overrides: "",
        steps: &[Step::ChooseMunicipality(461), Step::TypePopulation("82.500"), Step::RaadAttribute("aarhus")],
        expect: Expect { council: "aarhus", votes: &[(751, 2)], hides: &["Odense har"], ..BASE },
    },
    Scenario {
        name: "bug5_rule_votes_reach_municipalities_without_a_population",
        raad: "fyn",
        overrides: r#"{"rule": {"votesAtOrAbove": 3}}"#,
        steps: &[],
        expect: Expect { votes: &[(461, 3), (420, 1)], ..BASE },
    },
    Scenario {
        name: "bug5_another_threshold_asks_for_populations",
        raad: "fyn",
        overrides: r#"{"rule": {"threshold": 50000}}"#,
        steps: &[],
        // The report falls back to the published rule and names who needs a population.
        expect: Expect { votes: &[(461, 2), (420, 1)], shows: &["Assens, Faaborg-Midtfyn"], ..BASE },
    },
    Scenario {
        name: "bug6_regional_weight_reaches_the_text",
        raad: "fyn",
        overrides: r#"{"rule": {"regionalWeight": 2}}"#,
        steps: &[],
        expect: Expect { shows: &["har 2 stemmer hver"], hides: &["har 1 stemme hver"], ..BASE },
    },
    Scenario {
        name: "bug7_official_amount_is_not_labelled_an_estimate",
        raad: "fyn",
        overrides: r#"{"official": {"sundhedsraad_total": {"2031": "70.5"}}}"#,
        steps: &[Step::ChooseMunicipality(461), Step::TypePopulation("210.000")],
        expect: Expect {
            municipality: Some(461),
            population_field: Some("210.000"),
            votes: &[(461, 2)],
            shows: &["70,5 mio. kr., officielt", "70,5 (officielt)"],
            hides: &["70,5 mio. kr., skøn"],
            ..BASE
        },
    },
];
