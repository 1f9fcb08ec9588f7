#!/usr/bin/env bash
# Side-by-side: `dossier list -q Q --json titles.jsonl` against `fzf --filter Q` on the same
# titles (DESIGN 5: headless filtering of 1M titles no slower than fzf). Both run in the same
# invocation, alternating, so machine load hits both alike; ratios are dossier / fzf.
#
# Usage: bench/fzf_compare.sh [SIZES...]    (default: 100000 1000000)
# Needs: a release build of dossier with `list -q Q --json PATH`, the gen_corpus example, fzf;
# hyperfine when installed (apt-get install -y hyperfine fzf), else a loop of runs and medians.
set -euo pipefail

cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
sizes=("${@:-100000 1000000}")
# shellcheck disable=SC2206
sizes=(${sizes[*]})
queries=("geneva" "kerry lavrov" "ceasefire aleppo" "xq")
runs="${RUNS:-10}"
work="${BENCH_DIR:-$target/fzf-compare}"

cargo build --release --bin dossier --example gen_corpus
dossier="$target/release/dossier"
gen="$target/release/examples/gen_corpus"
command -v fzf >/dev/null || { echo "fzf_compare: fzf is not installed" >&2; exit 2; }
mkdir -p "$work"

# Median wall time in ms of "$@" over $runs runs, output discarded.
median_ms() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
for n in "${sizes[@]}"; do
    jsonl="$work/titles-$n.jsonl"
    txt="$work/titles-$n.txt"
    [ -s "$jsonl" ] || "$gen" "$n" --titles-only >"$jsonl"
    [ -s "$txt" ] || "$gen" "$n" --lines >"$txt"
    for q in "${queries[@]}"; do
        if command -v hyperfine >/dev/null; then
            hyperfine --warmup 1 --runs "$runs" --style basic \
                -n "dossier list ($n, '$q')" "$dossier list -q '$q' --json $jsonl > /dev/null" \
                -n "fzf --filter ($n, '$q')" "fzf --filter '$q' < $txt > /dev/null"
        else
            d=$(median_ms "$dossier" list -q "$q" --json "$jsonl")
            f=$(median_ms sh -c "fzf --filter '$q' < '$txt'")
            awk -v n="$n" -v q="$q" -v d="$d" -v f="$f" \
                'BEGIN { printf "%8d titles  %-18s dossier %6d ms  fzf %6d ms  ratio %.2f\n", n, "\"" q "\"", d, f, (f > 0 ? d / f : 0) }'
        fi
    done
    # Memory against the corpus bytes (DESIGN 5: under 2x), one run each, when GNU time is here.
    if [ -x /usr/bin/time ]; then
        bytes=$(stat -c %s "$jsonl")
        for q in "${queries[@]}"; do
            kb=$(/usr/bin/time -f %M "$dossier" list -q "$q" --json "$jsonl" 2>&1 >/dev/null | tail -1)
            fkb=$(/usr/bin/time -f %M sh -c "fzf --filter '$q' < '$txt' > /dev/null" 2>&1 | tail -1)
            awk -v n="$n" -v q="$q" -v kb="$kb" -v fkb="$fkb" -v b="$bytes" \
                'BEGIN { printf "%8d titles  %-18s max RSS dossier %6.1f MB (%.2fx the %.1f MB JSONL)  fzf %6.1f MB\n", n, "\"" q "\"", kb / 1024, kb * 1024 / b, b / 1048576, fkb / 1024 }'
        done
    fi
done
