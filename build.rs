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

fn main() {
    println!("cargo:rerun-if-changed=style/widget.css");
    let css = std::fs::read_to_string("style/widget.css").expect("style/widget.css is missing");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("widget.min.css"), minify_css(&css)).expect("cannot write widget.min.css");
    println!("cargo:rerun-if-changed=style/prerender.css");
    let css = std::fs::read_to_string("style/prerender.css").expect("style/prerender.css is missing");
    std::fs::write(out_dir.join("prerender.min.css"), minify_css(&css)).expect("cannot write prerender.min.css");
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
