//! Compiles `data/edition.toml` into the program: validates it and writes
//! `$OUT_DIR/edition.rs`. A broken edition fails the build with a message
//! naming every offending entry.

#[path = "build/edition_source.rs"]
#[allow(dead_code)]
mod edition_source;

fn main() {
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
