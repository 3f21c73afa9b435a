//! Compiles `data/edition.toml` into the program: validates it and writes
//! `$OUT_DIR/edition.rs`. A broken edition fails the build with a message
//! naming every offending entry.

#[path = "build/edition_source.rs"]
#[allow(dead_code)]
mod edition_source;

/// Strips comments and needless whitespace from the widget's CSS (it is
/// compiled into the wasm, so every byte counts).
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    out.push_str(rest);
    let collapsed = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut min = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let prev = if i > 0 { chars[i - 1] } else { '{' };
        let next = chars.get(i + 1).copied().unwrap_or('}');
        if c == ' ' && ("{};,>".contains(prev) || prev == ':' || "{};,>".contains(next)) {
            continue;
        }
        min.push(c);
    }
    min.replace(";}", "}")
}

/// Writes the map's geometry (`data/map/map.json`, derived by
/// `tools/map/build.mjs`) as Rust constants: the wasm that draws the map has
/// no JSON parser, and a broken file fails the build, not the reader's page.
fn map_source(json: &str) -> String {
    let map: serde_json::Value = serde_json::from_str(json).expect("data/map/map.json is not JSON");
    let ints = |v: &serde_json::Value| -> Vec<i64> {
        v.as_array().expect("an array").iter().map(|x| x.as_i64().expect("an integer")).collect()
    };
    let text = |v: &serde_json::Value| format!("{:?}", v.as_str().expect("a string"));
    let shapes = |layer: &str, keyed_by_code: bool| {
        let mut out = String::new();
        for (key, shape) in map[layer].as_object().expect("a layer object") {
            let label = ints(&shape["label"]);
            let id =
                if keyed_by_code { key.parse::<u16>().expect("a kommunekode").to_string() } else { format!("{key:?}") };
            out.push_str(&format!(
                "    Shape {{ id: {id}, label: ({}, {}), d: {} }},\n",
                label[0],
                label[1],
                text(&shape["d"])
            ));
        }
        out
    };
    let view_box = ints(&map["viewBox"]);
    let inset = ints(&map["inset"]["box"]);
    format!(
        "/// The map's frame (SVG viewBox).\npub const VIEW_BOX: [i64; 4] = {view_box:?};\n\
         /// The inset's frame (Bornholm).\npub const INSET: [i64; 4] = {inset:?};\n\
         /// The attribution the map shows.\npub const ATTRIBUTION: &str = {};\n\
         /// The projection.\npub const PROJECTION: &str = {};\n\
         /// The 4 regions.\npub const REGIONS: &[Shape<&str>] = &[\n{}];\n\
         /// The 17 councils.\npub const COUNCILS: &[Shape<&str>] = &[\n{}];\n\
         /// The 98 municipalities, by kommunekode.\npub const MUNICIPALITIES: &[Shape<u16>] = &[\n{}];\n",
        text(&map["attribution"]),
        text(&map["projection"]),
        shapes("regions", false),
        shapes("councils", false),
        shapes("municipalities", true),
    )
}

fn main() {
    println!("cargo:rerun-if-changed=data/map/map.json");
    let map = std::fs::read_to_string("data/map/map.json").expect("data/map/map.json is missing");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("map.rs"), map_source(&map)).expect("cannot write map.rs");
    println!("cargo:rerun-if-changed=style/widget.css");
    let css = std::fs::read_to_string("style/widget.css").expect("style/widget.css is missing");
    std::fs::write(out_dir.join("widget.min.css"), minify_css(&css)).expect("cannot write widget.min.css");
    println!("cargo:rerun-if-changed=style/prerender.css");
    let css = std::fs::read_to_string("style/prerender.css").expect("style/prerender.css is missing");
    std::fs::write(out_dir.join("prerender.min.css"), minify_css(&css)).expect("cannot write prerender.min.css");
    println!("cargo:rerun-if-changed=style/explore.css");
    let css = std::fs::read_to_string("style/explore.css").expect("style/explore.css is missing");
    std::fs::write(out_dir.join("explore.min.css"), minify_css(&css)).expect("cannot write explore.min.css");
    println!("cargo:rerun-if-changed=data/edition.toml");
    println!("cargo:rerun-if-changed=build/edition_source.rs");
    let text = std::fs::read_to_string("data/edition.toml").expect("data/edition.toml is missing");
    match edition_source::load(&text) {
        Ok(file) => {
            let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("edition.rs");
            std::fs::write(out, edition_source::generate(&file)).expect("cannot write edition.rs");
        }
        Err(errors) => {
            for e in &errors {
                println!("cargo:warning=data/edition.toml: {e}");
            }
            eprintln!("data/edition.toml is invalid:");
            for e in &errors {
                eprintln!("  - {e}");
            }
            std::process::exit(1);
        }
    }
}
