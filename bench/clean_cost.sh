#!/usr/bin/env bash
# What cleaning adds to a build: the same site built with cleaning on and with
# `cleaning: {enabled: false}`, alternating, each build into a fresh folder, median of
# RUNS builds each (default 5). A second measure of the cleaner's share besides the one
# bench/run.sh prints (learning and cleaning timed alone in a fresh process): this one
# counts only the time the build takes longer, so work that overlaps idle time on the
# other core costs nothing here.
#
#   bash bench/clean_cost.sh [SITE_DIR]     # default: bench/corpus-10000/briefing
#   RUNS=9 bash bench/clean_cost.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITE=$(cd "${1:-$ROOT/bench/corpus-10000/briefing}" && pwd)
RUNS=${RUNS:-5}
BIN=$ROOT/target/release/briefing

if grep -q '^cleaning:' "$SITE/briefing.yaml"; then
    echo "clean_cost: $SITE/briefing.yaml has its own cleaning: section; use a site without one" >&2
    exit 2
fi
cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"

# Outputs go beside the site (same file system), each build into a folder of its own:
# deleting tens of thousands of files right before a build slows the next one on ext4.
WORK=$(mktemp -d "$(dirname "$SITE")/clean-cost.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/off"
for entry in "$SITE"/*; do
    case $(basename "$entry") in
        briefing.yaml | output) ;;
        *) ln -s "$entry" "$WORK/off/$(basename "$entry")" ;;
    esac
done
{ cat "$SITE/briefing.yaml"; printf '\ncleaning:\n  enabled: false\n'; } > "$WORK/off/briefing.yaml"

# One build; prints its wall time in seconds.
build() {
    local site=$1 out=$2 start end
    start=$(date +%s.%N)
    (cd "$site" && "$BIN" build --output "$out" > /dev/null)
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# A warm-up of each, then RUNS alternating pairs.
build "$SITE" "$WORK/warm-on" > /dev/null
build "$WORK/off" "$WORK/warm-off" > /dev/null
on_times=()
off_times=()
for run in $(seq "$RUNS"); do
    on_times+=("$(build "$SITE" "$WORK/on-$run")")
    off_times+=("$(build "$WORK/off" "$WORK/off-$run")")
    echo "run $run: cleaning on ${on_times[-1]} s, off ${off_times[-1]} s" >&2
done
on=$(printf '%s\n' "${on_times[@]}" | median)
off=$(printf '%s\n' "${off_times[@]}" | median)
printf 'clean-cost: cleaning on %.3f s, off %.3f s (median of %d, alternating): cleaning adds %.3f s, %.1f%% of the build\n' \
    "$on" "$off" "$RUNS" "$(echo "$on - $off" | bc -l)" "$(echo "100 * ($on - $off) / $on" | bc -l)"
