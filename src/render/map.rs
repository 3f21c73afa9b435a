//! The map of the 17 councils as SVG text: each council a control, the chosen
//! council's municipalities drawn with their vote class, and an optional
//! shading by a measure (a choropleth, whose table is the overview).
//!
//! The geometry is `data/map/map.json` (derived from DAGI 2014 by
//! `tools/map/build.mjs`), compiled in as constants by `build.rs`.
//!
//! Keyboard and pointer: the map is one tab stop (a toolbar); the element
//! that has `tabindex="0"` is the chosen council, or the first. The module's
//! script moves focus between the controls with the arrow keys by the
//! position of their labels (`data-x`, `data-y`) and chooses on Enter and
//! Space. Every control has an accessible name with its figures.

use super::Html;
use crate::i18n::{format_decimal, Lang};
use crate::model::report::Report;
use rust_decimal::Decimal;

/// The compiled geometry: `VIEW_BOX`, `INSET`, `ATTRIBUTION`, `PROJECTION`,
/// `REGIONS`, `COUNCILS`, `MUNICIPALITIES`.
pub mod geometry {
    /// One shape: its id, an interior label point and its SVG path.
    #[derive(Debug, Clone, Copy)]
    pub struct Shape<Id: 'static> {
        /// Region or council id, or kommunekode.
        pub id: Id,
        /// A point inside the shape (outside the inset for councils and regions).
        pub label: (i64, i64),
        /// The outline as SVG path data, in the map's units.
        pub d: &'static str,
    }
    include!(concat!(env!("OUT_DIR"), "/map.rs"));
}

/// A measure to shade the councils by: one value per council, in the
/// edition's council order (`None` where there is no figure).
#[derive(Debug, Clone)]
pub struct Shading {
    /// What the values are, as the legend names them.
    pub title: String,
    /// The values, by council index.
    pub values: Vec<Option<Decimal>>,
    /// Decimals shown.
    pub decimals: u32,
}

/// The height of the strip under the map that holds the attribution (map units).
pub const ATTRIBUTION_STRIP: i64 = 44;

/// The number of shading classes (equal intervals between the lowest and
/// the highest value).
pub const CLASSES: usize = 4;

impl Shading {
    /// The class (1..=CLASSES) of each council, and the classes' bounds.
    fn classes(&self) -> (Vec<Option<usize>>, Vec<(Decimal, Decimal)>) {
        let known: Vec<Decimal> = self.values.iter().flatten().copied().collect();
        let (Some(lo), Some(hi)) = (known.iter().min().copied(), known.iter().max().copied()) else {
            return (vec![None; self.values.len()], Vec::new());
        };
        let step = (hi - lo) / Decimal::from(CLASSES as u32);
        let bounds: Vec<(Decimal, Decimal)> = (0..CLASSES)
            .map(|i| {
                (
                    lo + step * Decimal::from(i as u32),
                    if i + 1 == CLASSES { hi } else { lo + step * Decimal::from(i as u32 + 1) },
                )
            })
            .collect();
        let class_of = |v: Decimal| {
            if step.is_zero() {
                return 1;
            }
            bounds.iter().position(|&(_, b)| v <= b).map_or(CLASSES, |i| i + 1)
        };
        (self.values.iter().map(|v| v.map(class_of)).collect(), bounds)
    }
}

struct T {
    label: &'static str,
    council: &'static str,
    municipalities: &'static str,
    members: &'static str,
    vote: &'static str,
    votes: &'static str,
    full_attribution: &'static str,
    inset: &'static str,
    attribution: &'static str,
    projection: &'static str,
    hint: &'static str,
    no_figure: &'static str,
}

const DA: T = T {
    label: "Kort over de 17 sundhedsråd",
    council: "Sundhedsråd",
    municipalities: "kommuner",
    members: "medlemmer",
    vote: "stemme",
    votes: "stemmer",
    full_attribution: "Kortgrundlag: DAGI 2014, 1:500.000; kommunegrænserne er uændrede siden 2007.",
    inset: "Bornholm (flyttet)",
    attribution: "Kort: © Geodatastyrelsen & Danske Kommuner (DAGI 2014)",
    projection: "Projektion: ETRS89 / UTM zone 32N.",
    hint: "Klik på et sundhedsråd, eller gå ind på kortet med Tab og flyt med piletasterne; Enter vælger.",
    no_figure: "intet tal",
};

const EN: T = T {
    label: "Map of the 17 health councils",
    council: "Health council",
    municipalities: "municipalities",
    members: "members",
    vote: "vote",
    votes: "votes",
    full_attribution: "Map data: DAGI 2014, 1:500,000; municipal borders unchanged since 2007.",
    inset: "Bornholm (moved)",
    attribution: "Map: © Geodatastyrelsen & Danske Kommuner (DAGI 2014)",
    projection: "Projection: ETRS89 / UTM zone 32N.",
    hint: "Click a council, or Tab into the map and move with the arrow keys; Enter chooses.",
    no_figure: "no figure",
};

fn texts(lang: Lang) -> &'static T {
    match lang {
        Lang::Da => &DA,
        Lang::En => &EN,
    }
}

/// The accessible name of a council on the map, e.g.
/// "Sundhedsråd Fyn: 9 kommuner, 20 medlemmer".
pub fn council_name(r: &Report, lang: Lang) -> String {
    let t = texts(lang);
    format!(
        "{} {}: {} {}, {} {}",
        t.council,
        r.council.name,
        r.composition.municipalities.len(),
        t.municipalities,
        r.composition.total_members,
        t.members
    )
}

fn votes_word(n: u32, t: &T) -> &'static str {
    if n == 1 {
        t.vote
    } else {
        t.votes
    }
}

/// The map as SVG inside a `<figure>`: `all` holds the report of every
/// council (edition order) under the options in force, `chosen` the index of
/// the chosen council, `shading` an optional measure.
pub fn map(all: &[Report], chosen: Option<usize>, lang: Lang, shading: Option<&Shading>) -> String {
    let t = texts(lang);
    // The map's frame and a strip below it for the attribution.
    let [x, y, w, h] = geometry::VIEW_BOX;
    let h = h + ATTRIBUTION_STRIP;
    let view_box = format!("{x} {y} {w} {h}");
    let mut o = Html::new();
    o.open("figure", &[("class", "map"), ("part", "map-figure")]);
    o.open("svg", &[("viewBox", &view_box), ("class", "map-svg"), ("aria-labelledby", "map-title"), ("role", "group")]);
    o.el("title", &[("id", "map-title")], t.label);
    o.el("desc", &[], &format!("{} {} {}", t.hint, t.full_attribution, t.projection));
    o.open("defs", &[]);
    // Patterns, so that what carries meaning is not colour alone.
    o.open(
        "pattern",
        &[
            ("id", "map-hatch"),
            ("width", "8"),
            ("height", "8"),
            ("patternUnits", "userSpaceOnUse"),
            ("patternTransform", "rotate(45)"),
        ],
    );
    o.open("rect", &[("class", "pat-bg"), ("width", "8"), ("height", "8")]).close("rect");
    o.open("line", &[("class", "pat-fg"), ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "8")]).close("line");
    o.close("pattern");
    o.open("pattern", &[("id", "map-dots"), ("width", "10"), ("height", "10"), ("patternUnits", "userSpaceOnUse")]);
    o.open("rect", &[("class", "pat-bg"), ("width", "10"), ("height", "10")]).close("rect");
    o.open("circle", &[("class", "pat-fg"), ("cx", "5"), ("cy", "5"), ("r", "1.6")]).close("circle");
    o.close("pattern").close("defs");

    let [ix, iy, iw, ih] = geometry::INSET;
    o.open(
        "rect",
        &[
            ("class", "inset"),
            ("x", &ix.to_string()),
            ("y", &iy.to_string()),
            ("width", &iw.to_string()),
            ("height", &ih.to_string()),
        ],
    )
    .close("rect");
    o.el(
        "text",
        &[
            ("class", "inset-label"),
            ("x", &(ix + 4).to_string()),
            ("y", &(iy + ih + 16).to_string()),
            ("aria-hidden", "true"),
        ],
        t.inset,
    );

    let (classes, bounds) = shading.map(Shading::classes).unwrap_or_default();
    o.open("g", &[("class", "councils"), ("role", "toolbar"), ("aria-label", t.label)]);
    let focus = chosen.unwrap_or(0);
    for (i, r) in all.iter().enumerate() {
        let Some(shape) = geometry::COUNCILS.iter().find(|s| s.id == r.council.id) else { continue };
        let mut name = council_name(r, lang);
        if let (Some(s), Some(v)) = (shading, shading.and_then(|s| s.values.get(i).copied())) {
            let value = v.map_or_else(|| t.no_figure.to_string(), |v| format_decimal(v, s.decimals, lang));
            name = format!("{name}; {}: {value}", s.title);
        }
        let mut class = String::from("council");
        if let Some(Some(c)) = classes.get(i) {
            class.push_str(&format!(" q{c}"));
        }
        if chosen == Some(i) {
            class.push_str(" chosen");
        }
        let (lx, ly) = shape.label;
        o.open(
            "path",
            &[
                ("class", &class),
                ("d", shape.d),
                ("role", "button"),
                ("tabindex", if i == focus { "0" } else { "-1" }),
                ("aria-label", &name),
                ("aria-pressed", if chosen == Some(i) { "true" } else { "false" }),
                ("data-raad", r.council.id),
                ("data-x", &lx.to_string()),
                ("data-y", &ly.to_string()),
            ],
        )
        .close("path");
    }
    if let Some(r) = chosen.and_then(|i| all.get(i)) {
        for m in &r.composition.municipalities {
            let Some(shape) = geometry::MUNICIPALITIES.iter().find(|s| s.id == m.code) else { continue };
            let (lx, ly) = shape.label;
            let name = format!("{}: {} {}", m.name, m.votes, votes_word(m.votes, t));
            let class = if m.votes >= 2 { "muni v2" } else { "muni v1" };
            o.open(
                "path",
                &[
                    ("class", class),
                    ("d", shape.d),
                    ("role", "button"),
                    ("tabindex", "-1"),
                    ("aria-label", &name),
                    ("data-kommune", &m.code.to_string()),
                    ("data-name", m.name),
                    ("data-x", &lx.to_string()),
                    ("data-y", &ly.to_string()),
                ],
            )
            .close("path");
        }
    }
    o.close("g");
    // Region outlines over the councils, and the vote labels: drawing only.
    o.open("g", &[("class", "regions"), ("aria-hidden", "true")]);
    for shape in geometry::REGIONS {
        o.open("path", &[("d", shape.d)]).close("path");
    }
    o.close("g");
    if let Some(r) = chosen.and_then(|i| all.get(i)) {
        o.open("g", &[("class", "vote-labels"), ("aria-hidden", "true")]);
        for m in &r.composition.municipalities {
            let Some(shape) = geometry::MUNICIPALITIES.iter().find(|s| s.id == m.code) else { continue };
            let (lx, ly) = shape.label;
            o.el("text", &[("x", &lx.to_string()), ("y", &(ly + 10).to_string())], &m.votes.to_string());
        }
        o.close("g");
    }
    // The legend sits in the sea north-west of Jutland, the attribution in
    // a strip below the map: all inside the SVG, so that the map's box is
    // known (its aspect ratio) before it loads and nothing moves.
    let mut lines: Vec<(Option<String>, String)> = Vec::new();
    if let Some(s) = shading {
        lines.push((None, s.title.clone()));
        for (i, (lo, hi)) in bounds.iter().enumerate() {
            let range = format!("{}–{}", format_decimal(*lo, s.decimals, lang), format_decimal(*hi, s.decimals, lang));
            lines.push((Some(format!("council q{}", i + 1)), range));
        }
    } else if let Some(r) = chosen.and_then(|i| all.get(i)) {
        lines.push((None, format!("{} {}:", t.council, r.council.name)));
        lines.push((Some("muni v2".into()), format!("2 {}", t.votes)));
        lines.push((Some("muni v1 key-v1".into()), format!("1 {}", t.vote)));
    }
    if !lines.is_empty() {
        o.open("g", &[("class", "legend")]);
        for (n, (key, text)) in lines.iter().enumerate() {
            let y = 40 + 38 * n as i64;
            let x = if let Some(class) = key {
                o.open(
                    "rect",
                    &[("class", class), ("x", "10"), ("y", &(y - 26).to_string()), ("width", "30"), ("height", "30")],
                )
                .close("rect");
                50
            } else {
                10
            };
            o.el("text", &[("x", &x.to_string()), ("y", &y.to_string())], text);
        }
        o.close("g");
    }
    o.el("text", &[("class", "attribution"), ("x", "8"), ("y", &(y + h - 12).to_string())], t.attribution);
    o.close("svg");
    o.close("figure");
    o.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edition::CouncilId;
    use crate::model::edition::COUNCILS;
    use crate::model::report::{calculate_for, Options};

    fn all() -> Vec<Report> {
        (0..COUNCILS.len()).map(|i| calculate_for(CouncilId(i), &Options::default()).unwrap()).collect()
    }

    #[test]
    fn every_council_is_a_named_control() {
        let svg = map(&all(), None, Lang::Da, None);
        assert_eq!(svg.matches("data-raad=").count(), 17);
        assert_eq!(svg.matches("tabindex=\"0\"").count(), 1, "one tab stop");
        assert!(svg.contains("aria-label=\"Sundhedsråd Fyn: 9 kommuner, 20 medlemmer\""), "{svg}");
    }

    #[test]
    fn the_chosen_council_shows_its_municipalities_with_their_votes() {
        let reports = all();
        let i = COUNCILS.iter().position(|c| c.id == "fyn").unwrap();
        let svg = map(&reports, Some(i), Lang::En, None);
        assert_eq!(svg.matches("data-kommune=").count(), reports[i].composition.municipalities.len());
        assert!(svg.contains("aria-pressed=\"true\" data-raad=\"fyn\""));
        assert!(svg.contains("Odense: 2 votes"), "{svg}");
        assert_eq!(svg.matches("tabindex=\"0\"").count(), 1);
    }

    #[test]
    fn shading_classes_cover_the_values() {
        let reports = all();
        let s = Shading {
            title: "Medlemmer".into(),
            values: reports.iter().map(|r| Some(Decimal::from(r.composition.total_members))).collect(),
            decimals: 0,
        };
        let (classes, bounds) = s.classes();
        assert!(classes.iter().all(|c| matches!(c, Some(1..=CLASSES))));
        assert_eq!(bounds.len(), CLASSES);
        let svg = map(&reports, None, Lang::Da, Some(&s));
        assert!(svg.contains(">Medlemmer</text>"));
        assert!(svg.contains(" q1") && svg.contains(&format!(" q{CLASSES}")));
    }
}
