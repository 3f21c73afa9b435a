//! The map's derived geometry, `data/map/map.json` (written by
//! `tools/map/build.mjs`), checked against the data edition the widget is
//! compiled with (`data/edition.toml`) and against itself: every path parses,
//! every municipality, council and region is there, labels lie inside their
//! shapes, shapes of a layer do not overlap, and the councils and regions are
//! exactly the union of their municipalities (shared borders, no gaps).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;
use sundhedsraad_beregner::model::edition::{COUNCILS, MUNICIPALITIES, REGIONS};

const MAP_JSON: &str = include_str!("../data/map/map.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    format: u32,
    attribution: String,
    #[allow(dead_code)]
    source: String,
    projection: String,
    #[allow(dead_code)]
    simplify: String,
    metres_per_unit: f64,
    #[serde(rename = "viewBox")]
    view_box: [i64; 4],
    inset: Inset,
    regions: BTreeMap<String, Shape>,
    councils: BTreeMap<String, Shape>,
    municipalities: BTreeMap<String, Shape>,
}

#[derive(Deserialize)]
struct Inset {
    kommunekode: u16,
    #[serde(rename = "box")]
    frame: [i64; 4],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Shape {
    label: [i64; 2],
    d: String,
}

type Pt = (i64, i64);
type Rings = Vec<Vec<Pt>>;

/// A parsed shape: its rings (closed implicitly, no repeated first point).
struct Geom {
    rings: Rings,
}

/// Parses SVG path data made of M/L/Z with absolute integer coordinates
/// (`M x y x y ... Z`; coordinates after M are implicit L). Relative commands,
/// curves and non-integers are errors: the map file never uses them.
fn parse_path(d: &str) -> Result<Rings, String> {
    let mut rings: Rings = Vec::new();
    let mut ring: Option<Vec<Pt>> = None;
    let mut nums: Vec<i64> = Vec::new();
    let bytes = d.as_bytes();
    let mut i = 0;
    let flush = |nums: &mut Vec<i64>, ring: &mut Option<Vec<Pt>>| -> Result<(), String> {
        if !nums.len().is_multiple_of(2) {
            return Err(format!("odd number of coordinates {nums:?}"));
        }
        match ring {
            Some(r) => r.extend(nums.chunks(2).map(|c| (c[0], c[1]))),
            None if nums.is_empty() => {}
            None => return Err("coordinates before the first M".into()),
        }
        nums.clear();
        Ok(())
    };
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b',' => i += 1,
            b'M' => {
                flush(&mut nums, &mut ring)?;
                if ring.is_some() {
                    return Err(format!("M at byte {i} inside an unclosed ring"));
                }
                ring = Some(Vec::new());
                i += 1;
            }
            b'L' => {
                flush(&mut nums, &mut ring)?;
                i += 1;
            }
            b'Z' => {
                flush(&mut nums, &mut ring)?;
                let r = ring.take().ok_or(format!("Z at byte {i} without M"))?;
                rings.push(r);
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                let s = &d[start..i];
                nums.push(s.parse().map_err(|e| format!("bad number {s:?}: {e}"))?);
            }
            c => return Err(format!("unexpected {:?} at byte {i}", c as char)),
        }
    }
    if ring.is_some() || !nums.is_empty() {
        return Err("path does not end with Z".into());
    }
    if rings.is_empty() {
        return Err("empty path".into());
    }
    Ok(rings)
}

fn twice_area(ring: &[Pt]) -> i64 {
    let n = ring.len();
    (0..n)
        .map(|i| {
            let (a, b) = (ring[i], ring[(i + 1) % n]);
            a.0 * b.1 - b.0 * a.1
        })
        .sum()
}

fn edges(ring: &[Pt]) -> impl Iterator<Item = (Pt, Pt)> + '_ {
    (0..ring.len()).map(move |i| (ring[i], ring[(i + 1) % ring.len()]))
}

#[derive(Debug, PartialEq)]
enum Loc {
    Inside,
    Outside,
    OnEdge,
}

/// Even-odd point in polygon, exact in integers.
fn locate(p: Pt, g: &Geom) -> Loc {
    let mut inside = false;
    for ring in &g.rings {
        for (a, b) in edges(ring) {
            let cross = (b.0 - a.0) * (p.1 - a.1) - (b.1 - a.1) * (p.0 - a.0);
            if cross == 0 && a.0.min(b.0) <= p.0 && p.0 <= a.0.max(b.0) && a.1.min(b.1) <= p.1 && p.1 <= a.1.max(b.1) {
                return Loc::OnEdge;
            }
            if (a.1 > p.1) != (b.1 > p.1) {
                // x of the crossing > p.0, with the division cleared by the sign of dy
                let dy = b.1 - a.1;
                let lhs = (p.0 - a.0) * dy;
                let rhs = (b.0 - a.0) * (p.1 - a.1);
                if (dy > 0 && lhs < rhs) || (dy < 0 && lhs > rhs) {
                    inside = !inside;
                }
            }
        }
    }
    if inside {
        Loc::Inside
    } else {
        Loc::Outside
    }
}

struct Map {
    file: MapFile,
    regions: BTreeMap<String, Geom>,
    councils: BTreeMap<String, Geom>,
    municipalities: BTreeMap<u16, Geom>,
}

fn load() -> Map {
    let file: MapFile = serde_json::from_str(MAP_JSON).expect("data/map/map.json parses");
    let geoms = |layer: &BTreeMap<String, Shape>| -> BTreeMap<String, Geom> {
        layer
            .iter()
            .map(|(id, s)| {
                let rings = parse_path(&s.d).unwrap_or_else(|e| panic!("{id}: path does not parse: {e}"));
                (id.clone(), Geom { rings })
            })
            .collect()
    };
    let regions = geoms(&file.regions);
    let councils = geoms(&file.councils);
    let municipalities = geoms(&file.municipalities)
        .into_iter()
        .map(|(code, g)| (code.parse::<u16>().unwrap_or_else(|_| panic!("kommunekode {code:?}")), g))
        .collect();
    Map { file, regions, councils, municipalities }
}

/// Kommunekode -> (council id, region id), from the compiled data edition.
fn membership() -> BTreeMap<u16, (&'static str, &'static str)> {
    MUNICIPALITIES
        .iter()
        .map(|m| {
            let c = &COUNCILS[m.council.0];
            (m.code, (c.id, REGIONS[c.region.0].id))
        })
        .collect()
}

#[test]
fn header_names_attribution_projection_and_frame() {
    let map = load();
    let f = &map.file;
    assert_eq!(f.format, 1);
    assert_eq!(f.attribution, "Geodatastyrelsen & Danske Kommuner");
    assert!(f.projection.starts_with("+proj=utm +zone=32 +ellps=GRS80 +units=m"), "{}", f.projection);
    let [x, y, w, h] = f.view_box;
    assert_eq!((x, y, w), (0, 0, 1000), "a 1000-unit-wide frame");
    assert!((900..1400).contains(&h), "height {h}: Denmark without Bornholm is a little taller than wide in UTM 32N");
    // ~300 m per unit: the 297 km from Blåvandshuk to Amager over ~990 units
    assert!((250.0..350.0).contains(&f.metres_per_unit), "{}", f.metres_per_unit);
}

#[test]
fn every_path_parses_into_integer_rings_inside_the_view_box() {
    let map = load();
    let [_, _, w, h] = map.file.view_box;
    let layers: [(&str, Vec<(String, &Geom)>); 3] = [
        ("region", map.regions.iter().map(|(k, g)| (k.clone(), g)).collect()),
        ("council", map.councils.iter().map(|(k, g)| (k.clone(), g)).collect()),
        ("municipality", map.municipalities.iter().map(|(k, g)| (k.to_string(), g)).collect()),
    ];
    for (layer, shapes) in layers {
        for (id, g) in shapes {
            for ring in &g.rings {
                assert!(ring.len() >= 3, "{layer} {id}: ring of {} points", ring.len());
                assert_ne!(twice_area(ring), 0, "{layer} {id}: ring without area");
                for &(px, py) in ring {
                    assert!((0..=w).contains(&px) && (0..=h).contains(&py), "{layer} {id}: ({px},{py}) outside");
                }
                for (a, b) in edges(ring) {
                    assert_ne!(a, b, "{layer} {id}: repeated point {a:?}");
                }
            }
        }
    }
}

#[test]
fn path_parser_accepts_m_l_z_and_rejects_the_rest() {
    assert_eq!(parse_path("M0 0 10 0 10 10Z").unwrap(), vec![vec![(0, 0), (10, 0), (10, 10)]]);
    assert_eq!(parse_path("M0 0L10 0 L10,10Z M1 1 2 1 2 2Z").unwrap().len(), 2);
    for bad in ["", "M0 0 10 0 10 10", "0 0Z", "M0 0 10Z", "m0 0 1 0 1 1z", "M0 0 1.5 0 1 1Z", "M0 0 C1 1 2 2 3 3Z"] {
        assert!(parse_path(bad).is_err(), "{bad:?} should not parse");
    }
}

#[test]
fn holds_the_editions_98_municipalities_17_councils_and_4_regions() {
    let map = load();
    let codes: BTreeSet<u16> = MUNICIPALITIES.iter().map(|m| m.code).collect();
    assert_eq!(codes.len(), 98);
    assert_eq!(map.municipalities.keys().copied().collect::<BTreeSet<_>>(), codes, "kommunekoder");
    assert!(!map.municipalities.contains_key(&411), "Christiansø (411) belongs to no municipality");
    let councils: BTreeSet<&str> = COUNCILS.iter().map(|c| c.id).collect();
    assert_eq!(councils.len(), 17);
    assert_eq!(map.councils.keys().map(String::as_str).collect::<BTreeSet<_>>(), councils);
    let regions: BTreeSet<&str> = REGIONS.iter().map(|r| r.id).collect();
    assert_eq!(regions.len(), 4);
    assert_eq!(map.regions.keys().map(String::as_str).collect::<BTreeSet<_>>(), regions);
}

#[test]
fn labels_lie_strictly_inside_their_own_shapes() {
    let map = load();
    let f = &map.file;
    let check = |what: String, label: [i64; 2], g: &Geom| {
        assert_eq!(locate((label[0], label[1]), g), Loc::Inside, "{what}: label {label:?}");
    };
    for (id, s) in &f.regions {
        check(format!("region {id}"), s.label, &map.regions[id]);
    }
    for (id, s) in &f.councils {
        check(format!("council {id}"), s.label, &map.councils[id]);
    }
    for (code, s) in &f.municipalities {
        check(format!("municipality {code}"), s.label, &map.municipalities[&code.parse().unwrap()]);
    }
}

#[test]
fn every_municipality_label_lies_in_its_own_council_and_region_and_no_other() {
    let map = load();
    for (code, (council, region)) in membership() {
        let s = &map.file.municipalities[&code.to_string()];
        let p = (s.label[0], s.label[1]);
        for (id, g) in &map.councils {
            let expected = if id == council { Loc::Inside } else { Loc::Outside };
            assert_eq!(locate(p, g), expected, "municipality {code} (council {council}) vs council {id}");
        }
        for (id, g) in &map.regions {
            let expected = if id == region { Loc::Inside } else { Loc::Outside };
            assert_eq!(locate(p, g), expected, "municipality {code} (region {region}) vs region {id}");
        }
        for (other, g) in &map.municipalities {
            if *other != code {
                assert_eq!(locate(p, g), Loc::Outside, "municipality {code}'s label inside {other}");
            }
        }
    }
}

/// Which shape covers which stretch of the scanline y = row + 0.5: sorted
/// (x_from, x_to, shape) intervals, even-odd. No vertex has a half-integer y,
/// so every crossing is a proper one.
fn scanline(shapes: &[(usize, &Geom)], row: i64) -> Vec<(f64, f64, usize)> {
    let y = row as f64 + 0.5;
    let mut out = Vec::new();
    for &(id, g) in shapes {
        let mut xs: Vec<f64> = Vec::new();
        for ring in &g.rings {
            for (a, b) in edges(ring) {
                if (a.1 as f64 > y) != (b.1 as f64 > y) {
                    let t = (y - a.1 as f64) / (b.1 - a.1) as f64;
                    xs.push(a.0 as f64 + t * (b.0 - a.0) as f64);
                }
            }
        }
        xs.sort_by(f64::total_cmp);
        assert!(xs.len().is_multiple_of(2));
        out.extend(xs.chunks(2).map(|c| (c[0], c[1], id)));
    }
    out.sort_by(|p, q| p.0.total_cmp(&q.0));
    out
}

/// Integrates, row by row, the area where a point is covered by shapes of each
/// layer and checks the layers against each other. Returns
/// (overlap area within each layer, area where the layers disagree, land area).
fn coverage(map: &Map) -> ([f64; 3], [f64; 2], f64) {
    let member = membership();
    let council_ids: Vec<&String> = map.councils.keys().collect();
    let region_ids: Vec<&String> = map.regions.keys().collect();
    let muni_codes: Vec<u16> = map.municipalities.keys().copied().collect();
    let munis: Vec<(usize, &Geom)> = map.municipalities.values().enumerate().collect();
    let councils: Vec<(usize, &Geom)> = map.councils.values().enumerate().collect();
    let regions: Vec<(usize, &Geom)> = map.regions.values().enumerate().collect();
    // municipality index -> council index, region index (from the edition)
    let up: Vec<(usize, usize)> = muni_codes
        .iter()
        .map(|code| {
            let (c, r) = member[code];
            (council_ids.iter().position(|x| *x == c).unwrap(), region_ids.iter().position(|x| *x == r).unwrap())
        })
        .collect();

    let mut overlap = [0.0; 3];
    let mut disagree = [0.0; 2];
    let mut land = 0.0;
    for row in 0..map.file.view_box[3] {
        let layers = [scanline(&munis, row), scanline(&councils, row), scanline(&regions, row)];
        // breakpoints of all three layers; classify each stretch between them
        let mut xs: Vec<f64> = layers.iter().flatten().flat_map(|&(a, b, _)| [a, b]).collect();
        xs.sort_by(f64::total_cmp);
        xs.dedup();
        for w in xs.windows(2) {
            let (x0, x1) = (w[0], w[1]);
            let mid = (x0 + x1) / 2.0;
            let covering = |l: &Vec<(f64, f64, usize)>| -> Vec<usize> {
                l.iter().filter(|&&(a, b, _)| a <= mid && mid < b).map(|&(_, _, id)| id).collect()
            };
            let [m, c, r] = [covering(&layers[0]), covering(&layers[1]), covering(&layers[2])];
            for (k, ids) in [&m, &c, &r].into_iter().enumerate() {
                if ids.len() > 1 {
                    overlap[k] += x1 - x0;
                }
            }
            let want_c: Vec<usize> = m.iter().map(|&i| up[i].0).collect();
            let want_r: Vec<usize> = m.iter().map(|&i| up[i].1).collect();
            if c != want_c {
                disagree[0] += x1 - x0;
            }
            if r != want_r {
                disagree[1] += x1 - x0;
            }
            if !m.is_empty() {
                land += x1 - x0;
            }
        }
    }
    (overlap, disagree, land)
}

#[test]
fn shapes_do_not_overlap_and_councils_and_regions_are_unions_of_their_municipalities() {
    let map = load();
    let (overlap, disagree, land) = coverage(&map);
    eprintln!("land {land} square units, overlap {overlap:?}, disagreement {disagree:?}");
    // Denmark is ~43,000 km² at ~300 m per unit: ~480,000 square units.
    assert!((300_000.0..700_000.0).contains(&land), "land area {land}");
    // Shared borders are the same vertices on both sides, so any overlap or
    // disagreement would come from rounding crossings: allow float noise.
    for (layer, a) in ["municipalities", "councils", "regions"].iter().zip(overlap) {
        assert!(a < 0.01, "{layer} overlap by {a} square units");
    }
    assert!(
        disagree[0] < 0.01,
        "councils differ from the union of their municipalities by {} square units",
        disagree[0]
    );
    assert!(
        disagree[1] < 0.01,
        "regions differ from the union of their municipalities by {} square units",
        disagree[1]
    );
}

/// Undirected edge key.
fn key(a: Pt, b: Pt) -> (Pt, Pt) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

#[test]
fn neighbours_share_borders_exactly_and_outlines_are_their_borders() {
    let map = load();
    let member = membership();
    // every municipality edge, with the municipalities it belongs to
    let mut owners: HashMap<(Pt, Pt), Vec<u16>> = HashMap::new();
    for (code, g) in &map.municipalities {
        for ring in &g.rings {
            for (a, b) in edges(ring) {
                owners.entry(key(a, b)).or_default().push(*code);
            }
        }
    }
    for (e, o) in &owners {
        assert!(o.len() <= 2, "edge {e:?} in {o:?}");
        if o.len() == 2 {
            assert_ne!(o[0], o[1], "edge {e:?} twice in municipality {}: a spike or fold", o[0]);
        }
    }
    // A council's outline is exactly its municipalities' edges that have no
    // neighbour in the same council; the same for regions.
    let level = |layer: &BTreeMap<String, Geom>, of: &dyn Fn(u16) -> &'static str, name: &str| {
        let mut got: BTreeSet<(String, (Pt, Pt))> = BTreeSet::new();
        for (id, g) in layer {
            for ring in &g.rings {
                for (a, b) in edges(ring) {
                    assert!(got.insert((id.clone(), key(a, b))), "{name} {id}: edge {a:?}-{b:?} twice");
                }
            }
        }
        let want: BTreeSet<(String, (Pt, Pt))> = owners
            .iter()
            .filter(|(_, o)| o.len() == 1 || of(o[0]) != of(o[1]))
            .flat_map(|(e, o)| o.iter().map(move |&c| (of(c).to_string(), *e)))
            .collect();
        let missing: Vec<_> = want.difference(&got).take(5).collect();
        let extra: Vec<_> = got.difference(&want).take(5).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{name} outlines: missing {missing:?}, extra {extra:?}");
    };
    level(&map.councils, &|c| member[&c].0, "council");
    level(&map.regions, &|c| member[&c].1, "region");

    // No hole anywhere in the land: every hole ring of a municipality is
    // filled by neighbours (all its edges shared), and the regions, whose
    // union is Denmark, have no holes at all.
    for (code, g) in &map.municipalities {
        let outer_sign = g.rings.iter().map(|r| twice_area(r)).max_by_key(|a| a.abs()).unwrap().signum();
        for ring in g.rings.iter().filter(|r| twice_area(r).signum() != outer_sign) {
            for (a, b) in edges(ring) {
                assert_eq!(owners[&key(a, b)].len(), 2, "municipality {code}: hole edge {a:?}-{b:?} borders nothing");
            }
        }
    }
    for (id, g) in &map.regions {
        let outer_sign = g.rings.iter().map(|r| twice_area(r)).max_by_key(|a| a.abs()).unwrap().signum();
        let holes = g.rings.iter().filter(|r| twice_area(r).signum() != outer_sign).count();
        assert_eq!(holes, 0, "region {id} has {holes} hole(s): a gap between municipalities");
    }
}

#[test]
fn bornholm_sits_alone_in_its_inset_box() {
    let map = load();
    let [bx, by, bw, bh] = map.file.inset.frame;
    let [_, _, w, h] = map.file.view_box;
    assert_eq!(map.file.inset.kommunekode, 400);
    assert!(bx >= 0 && by >= 0 && bx + bw <= w && by + bh <= h, "inset box inside the frame");
    assert!(bx + bw > w - 20 && by < 20, "top right corner");
    let in_box = |&(x, y): &Pt| bx <= x && x <= bx + bw && by <= y && y <= by + bh;
    for (code, g) in &map.municipalities {
        let pts = g.rings.iter().flatten();
        if *code == 400 {
            assert!(pts.clone().all(in_box), "Bornholm outside its box");
            // strictly inside, clear of the box's own stroke
            assert!(pts.clone().all(|&(x, y)| bx < x && x < bx + bw && by < y && y < by + bh));
        } else {
            assert!(!pts.clone().any(in_box), "municipality {code} reaches into Bornholm's inset box");
        }
    }
    // Bornholm is about 31 km east-west at the map's scale
    let xs: Vec<i64> = map.municipalities[&400].rings.iter().flatten().map(|p| p.0).collect();
    let width_km = (xs.iter().max().unwrap() - xs.iter().min().unwrap()) as f64 * map.file.metres_per_unit / 1000.0;
    assert!((28.0..36.0).contains(&width_km), "Bornholm {width_km} km wide");
}

#[test]
fn holes_are_wound_against_their_outer_rings_so_any_fill_rule_works() {
    let map = load();
    let all = map.regions.iter().chain(&map.councils).map(|(k, g)| (k.clone(), g));
    for (id, g) in all.chain(map.municipalities.iter().map(|(k, g)| (k.to_string(), g))) {
        let (outer, holes): (Vec<&Vec<Pt>>, Vec<&Vec<Pt>>) = g.rings.iter().partition(|r| twice_area(r) > 0);
        assert!(!outer.is_empty(), "{id}: no clockwise (outer) ring");
        for hole in holes {
            let within = outer.iter().any(|o| {
                let o = Geom { rings: vec![o.to_vec()] };
                hole.iter().all(|&p| locate(p, &o) != Loc::Outside)
            });
            assert!(within, "{id}: anticlockwise ring at {:?} is not a hole in an outer ring", hole[0]);
        }
    }
}
