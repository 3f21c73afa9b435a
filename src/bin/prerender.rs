//! `cargo run --bin prerender -- <dir>`: the widget of every council in Danish
//! and English as static HTML, written by the same `src/render` code the wasm
//! uses ([`sundhedsraad_beregner::render::page`]). `make build` runs it into
//! `pkg/`:
//!
//! - `prerender/<id>.<lang>.html`: the fallback a page puts inside its
//!   `<sundhedsraad-beregner>` element, a declarative shadow root with the
//!   widget's stylesheet and markup. The figures are on the screen at the
//!   first paint, before the wasm has loaded, and stay readable without
//!   JavaScript; the wasm then takes the shadow root over with the same
//!   markup. Its list of councils links to `?raad=<id>` on the page itself.
//! - `raad/<id>.<lang>.html`: a page of its own for each council, linking to
//!   the others beside it, so the whole data set reads with no script at all;
//!   `raad/<id>.<lang>.csv`: its tables as the widget's CSV download.
//!
//! The stylesheet is inline (no request before the first paint); a page whose
//! `style-src` refuses inline styles allows it by its hash, which
//! `tools/package.mjs` writes to `pkg/prerender/style-hash.txt`.

use std::path::Path;
use sundhedsraad_beregner::export;
use sundhedsraad_beregner::i18n::Lang;
use sundhedsraad_beregner::model::edition::{self, COUNCILS};
use sundhedsraad_beregner::model::report::{calculate_for, Options};
use sundhedsraad_beregner::render::page::{self, Links};

/// The widget's stylesheet, as the wasm adopts it.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));
/// What only the prerendered widget needs: its view without JavaScript.
const CSS_PRERENDER: &str = include_str!(concat!(env!("OUT_DIR"), "/prerender.min.css"));

fn main() {
    let out = std::env::args().nth(1).unwrap_or_else(|| "pkg".to_string());
    let out = Path::new(&out);
    for dir in ["prerender", "raad"] {
        std::fs::create_dir_all(out.join(dir)).unwrap_or_else(|e| panic!("cannot create {dir}: {e}"));
    }
    let mut files = 0;
    for (i, c) in COUNCILS.iter().enumerate() {
        let report = calculate_for(edition::CouncilId(i), &Options::default()).expect("the edition is valid");
        for lang in [Lang::Da, Lang::En] {
            let name = format!("{}.{}.html", c.id, lang.code());
            let embed = fragment(&page::widget(&report, lang, Links::Param("raad")));
            write(&out.join("prerender").join(&name), &embed);
            let own = fragment(&page::widget(&report, lang, Links::Files));
            write(&out.join("raad").join(&name), &static_page(c.id, c.name, lang, &own));
            let csv = export::report_csv(&report, lang);
            write(&out.join("raad").join(page::csv_file_name(c.id, lang)), &csv);
            files += 3;
        }
    }
    println!("prerender: {files} files in {}", out.display());
}

/// The declarative shadow root for a page to put inside the element.
fn fragment(widget: &str) -> String {
    format!("<template shadowrootmode=\"open\"><style>{CSS}{CSS_PRERENDER}</style>{widget}</template>")
}

/// A council's own page: the element with its fallback inside, and the
/// module, which takes it over where JavaScript runs.
fn static_page(id: &str, name: &str, lang: Lang, fragment: &str) -> String {
    let (title, other, other_label) = match lang {
        Lang::Da => (format!("Sundhedsråd {name} – Sundhedsråd-beregneren"), Lang::En, "English"),
        Lang::En => (format!("Health council {name} – Sundhedsråd-beregneren"), Lang::Da, "Dansk"),
    };
    format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<link rel=\"icon\" href=\"data:,\">\n\
         <script type=\"module\" src=\"../sundhedsraad.js\"></script>\n</head>\n<body>\n\
         <main>\n<p><a href=\"{id}.{other}.html\" lang=\"{other}\">{other_label}</a></p>\n\
         <sundhedsraad-beregner raad=\"{id}\" lang=\"{code}\" url-param=\"none\">{fragment}</sundhedsraad-beregner>\n\
         </main>\n</body>\n</html>\n",
        code = lang.code(),
        other = other.code(),
    )
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
