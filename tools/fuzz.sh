#!/usr/bin/env bash
# Fuzzes the options / overrides input (fuzz/fuzz_targets/options.rs) with
# cargo-fuzz for a bounded time, and fails if libFuzzer finds a crash.
#
#   tools/fuzz.sh                   # 60 seconds
#   FUZZ_SECONDS=600 tools/fuzz.sh  # longer
#
# Environment:
#   FUZZ_SECONDS    how long to fuzz, in seconds (default 60)
#   FUZZ_TARGET     the fuzz target (default options)
#   FUZZ_SANITIZER  address | none | ... (default none: the crate is safe
#                   Rust, and we are after panics; `none` runs ~2x faster)
#   FUZZ_JOBS       parallel fuzzing processes (default 1)
#   FUZZ_ARGS       extra libFuzzer flags, e.g. "-seed=1 -max_len=8192"
#
# cargo-fuzz needs nightly compiler flags (-Z...). With a stable toolchain the
# script sets RUSTC_BOOTSTRAP=1, which lets stable rustc accept them.
#
# A crash leaves its input in fuzz/artifacts/<target>/; replay it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run <target> fuzz/artifacts/<target>/crash-…
# (from the repository root) and print it readably with `cargo fuzz fmt`.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${FUZZ_SECONDS:-60}"
target="${FUZZ_TARGET:-options}"
sanitizer="${FUZZ_SANITIZER:-none}"
jobs="${FUZZ_JOBS:-1}"

case "$seconds" in
'' | *[!0-9]* | 0)
    echo "fuzz.sh: FUZZ_SECONDS must be a positive whole number, not '$seconds'" >&2
    exit 2
    ;;
esac
case "$jobs" in
'' | *[!0-9]* | 0)
    echo "fuzz.sh: FUZZ_JOBS must be a positive whole number, not '$jobs'" >&2
    exit 2
    ;;
esac

cd "$root"

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "fuzz.sh: installing cargo-fuzz (once)…" >&2
    cargo install --locked cargo-fuzz || cargo install cargo-fuzz
fi

# Stable rustc refuses -Z flags unless told it is bootstrapping.
if ! (cd fuzz && rustc --version) | grep -q nightly; then
    export RUSTC_BOOTSTRAP=1
fi

seeds="fuzz/seeds/$target"
corpus="fuzz/corpus/$target"
artifacts="fuzz/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
if [ -d "$seeds" ]; then
    cp -f "$seeds"/* "$corpus"/
fi

dict=()
if [ -f "fuzz/$target.dict" ]; then
    dict=("-dict=fuzz/$target.dict")
fi

# Artifacts that exist before this run are not this run's findings.
before="$(mktemp)"
trap 'rm -f "$before"' EXIT
ls -1 "$artifacts" >"$before"

echo "fuzz.sh: building $target (sanitizer: $sanitizer, rustc: $(cd fuzz && rustc --version))" >&2
cargo fuzz build --sanitizer "$sanitizer" --debug-assertions "$target"

echo "fuzz.sh: fuzzing $target for ${seconds}s" >&2
jobflags=()
if [ "$jobs" -gt 1 ]; then
    jobflags=("-fork=$jobs")
fi
status=0
# shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
cargo fuzz run --sanitizer "$sanitizer" --debug-assertions "$target" "$corpus" -- \
    -max_total_time="$seconds" -timeout=10 -max_len=4096 -print_final_stats=1 \
    "${dict[@]}" "${jobflags[@]}" ${FUZZ_ARGS:-} || status=$?

new="$(ls -1 "$artifacts" | grep -vxF -f "$before" || true)"
if [ "$status" -ne 0 ] || [ -n "$new" ]; then
    echo >&2
    echo "fuzz.sh: $target FAILED (exit $status). New artifacts in $artifacts:" >&2
    for f in $new; do
        echo "--- $artifacts/$f" >&2
        cargo fuzz fmt --sanitizer "$sanitizer" --debug-assertions "$target" "$artifacts/$f" 2>&1 | tail -n 20 >&2 || true
    done
    [ "$status" -ne 0 ] || status=1
    exit "$status"
fi
echo "fuzz.sh: $target ran ${seconds}s without a crash" >&2
