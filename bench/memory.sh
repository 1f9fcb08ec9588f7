#!/usr/bin/env bash
# Peak resident memory of dossier against the size of its input (DESIGN 5: "memory under 2x the
# corpus bytes"). For each input file: `list` and `list --json` under GNU time (max RSS), and
# the reader (TUI) in a detached 120x30 tmux session, loaded, then filtered with `/gen`, its
# VmHWM read from /proc. Each figure is the median of RUNS runs; ratios are RSS / file bytes.
# Prints a Markdown table on stdout; progress and per-run figures go to stderr.
#
# Usage: bench/memory.sh [FILE...]
#   default FILEs: $target/fzf-compare/titles-1000000.jsonl (1M titles-only records, as
#   bench/fzf_compare.sh makes them) and $target/memory/big-100000.jsonl (100k full articles),
#   generated with the gen_corpus example when missing; $target is CARGO_TARGET_DIR or target.
# Environment:
#   RUNS=3              runs per figure (median printed)
#   DOSSIER=path        measure this binary instead of building $target/release/dossier, e.g.
#                       DOSSIER=/work/main/target/release/dossier, to compare two binaries
#   CARGO_TARGET_DIR    where cargo builds and where the default inputs live
# Needs: cargo, GNU time at /usr/bin/time, tmux.
set -euo pipefail

cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
runs="${RUNS:-3}"
socket="dossier-mem" # a tmux server of our own: never touches another one
load_timeout=60    # seconds for the list to show, and again for the filter to finish

die() {
    echo "memory: $*" >&2
    exit 2
}

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$runs'"
[ -x /usr/bin/time ] || die "GNU time is not at /usr/bin/time (apt-get install -y time)"
command -v tmux >/dev/null || die "tmux is not installed (apt-get install -y tmux)"

if [ -n "${DOSSIER:-}" ]; then
    dossier="$DOSSIER"
else
    cargo build --release --bin dossier
    dossier="$target/release/dossier"
fi
[ -x "$dossier" ] || die "no dossier binary at '$dossier'"

tmp=$(mktemp -d)
session=""
keeper=""
cleanup() {
    local s
    for s in "$session" "$keeper"; do
        if [ -n "$s" ]; then
            tmux -L "$socket" kill-session -t "=$s" 2>/dev/null || true
        fi
    done
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Writes the gen_corpus output for ARGS... to FILE unless FILE is already there (via a temporary
# file, so that an interrupted run leaves no half corpus behind).
generate() {
    local file="$1"
    shift
    [ -s "$file" ] && return
    cargo build --release --example gen_corpus
    mkdir -p "$(dirname "$file")"
    echo "memory: generating $file" >&2
    "$target/release/examples/gen_corpus" "$@" >"$file.part"
    mv "$file.part" "$file"
}

if [ $# -gt 0 ]; then
    inputs=("$@")
else
    inputs=("$target/fzf-compare/titles-1000000.jsonl" "$target/memory/big-100000.jsonl")
    generate "${inputs[0]}" 1000000 --titles-only
    generate "${inputs[1]}" 100000
fi
for file in "${inputs[@]}"; do
    if [ ! -f "$file" ] || [ ! -r "$file" ]; then
        die "cannot read input '$file'"
    fi
done

# The median of the integers on stdin.
median() {
    sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

# Sets k to the max RSS in KiB of `dossier ARGS... >/dev/null`, from GNU time. (The measuring
# functions set a variable rather than print: in a $(...) subshell, die would end only the
# subshell and the EXIT trap that kills the tmux session would not run.)
max_rss_kib() {
    if ! /usr/bin/time -f %M -o "$tmp/time" "$dossier" "$@" >/dev/null 2>"$tmp/err"; then
        cat "$tmp/err" >&2
        die "'$dossier $*' failed"
    fi
    k=$(tail -1 "$tmp/time")
}

# The visible text of the session's pane.
screen() {
    tmux -L "$socket" capture-pane -p -t "=$session:"
}

# Waits until the pane's screen has a line matching the extended regex $1; $2 says what for.
# Fails on a timeout or when dossier exits first, showing the screen.
wait_for() {
    local pattern="$1" what="$2" deadline=$((SECONDS + load_timeout))
    # A here-string, not a pipe: under pipefail, grep -q quitting early could fail the pipe.
    while ! grep -Eq -- "$pattern" <<<"$(screen)"; do
        if [ "$(tmux -L "$socket" display-message -p -t "=$session:" '#{pane_dead}')" = 1 ]; then
            screen >&2
            die "dossier exited while waiting for $what"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            screen >&2
            die "timed out after ${load_timeout}s waiting for $what (the screen is above)"
        fi
        sleep 0.1
    done
}

# Starts a session that only keeps the tmux server up between the reader's runs: a server exits
# with its last session, and a new-session that reaches it while it is going away fails with
# "server exited unexpectedly" (seen here). Retried, for the same reason, in case a previous
# invocation's server is just exiting.
start_keeper() {
    local tries=0
    until tmux -L "$socket" -f /dev/null new-session -d -s "mem-$$-keep" sleep 86400 2>"$tmp/tmux"; do
        tries=$((tries + 1))
        if [ "$tries" -ge 10 ]; then
            cat "$tmp/tmux" >&2
            die "cannot start a tmux server on socket '$socket'"
        fi
        sleep 0.2
    done
    keeper="mem-$$-keep"
}

# Sets k to the peak RSS (VmHWM, KiB) of the reader on FILE: start it in a detached 120x30 tmux
# session, wait for the status bar's " N articles " (loading ends before the first frame; the
# progress line on stderr reads "dossier: loading… N articles", so the pattern is anchored at
# the line start), type `/gen`, wait until the status bar shows the complete count EXPECTED/N
# (no "…"), read /proc/PID/status, kill the session. EXPECTED is `list -q gen`'s count: the
# worker's complete result is the one-shot filter's, so the screen is not showing a stale count
# for "g" or "ge" (unless every article matches "gen", when the counts cannot differ anyway).
reader_hwm_kib() {
    local file="$1" expected="$2" run="$3" total pid exe tries=0
    session="mem-$$-$run"
    # Started as the session's command (several arguments: tmux execs it, no shell), dossier is
    # the pane's process; remain-on-exit keeps its last screen if it dies.
    tmux -L "$socket" -f /dev/null new-session -d -s "$session" -x 120 -y 30 \
        "$dossier" "$file" \; set-option -w -t "=$session:" remain-on-exit on
    pid=$(tmux -L "$socket" list-panes -t "=$session:" -F '#{pane_pid}')
    # Right after the fork the pane's process may still be tmux, before its exec.
    until exe=$(readlink "/proc/$pid/exe") && [ "$exe" = "$(readlink -f "$dossier")" ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 50 ] || die "the pane's process $pid is '$exe', not '$dossier'"
        sleep 0.05
    done
    wait_for '^ [0-9]+ articles ' "the list of $file"
    total=$(sed -En 's/^ ([0-9]+) articles .*/\1/p' <<<"$(screen)")
    tmux -L "$socket" send-keys -t "=$session:" /
    tmux -L "$socket" send-keys -t "=$session:" -l gen
    wait_for "^ $expected/$total " "the filter 'gen' to finish ($expected/$total)"
    k=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
    tmux -L "$socket" kill-session -t "=$session:"
    session=""
}

# "123.4 MiB" from KiB.
mib() {
    awk -v k="$1" 'BEGIN { printf "%.1f MiB", k / 1024 }'
}

# "1.23x": KiB against bytes.
ratio() {
    awk -v k="$1" -v b="$2" 'BEGIN { printf "%.2fx", k * 1024 / b }'
}

echo "memory: $(date '+%Y-%m-%d %H:%M:%S %Z'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $dossier, median of $runs runs" >&2
start_keeper
started=$(date '+%Y-%m-%d %H:%M:%S')
rows=()
for file in "${inputs[@]}"; do
    bytes=$(stat -c %s "$file")
    "$dossier" list -q gen --json "$file" >"$tmp/gen" || die "'$dossier list -q gen --json $file' failed"
    expected=$(wc -l <"$tmp/gen")
    rm -f "$tmp/gen"
    declare -A kib=()
    for what in list json reader; do
        for run in $(seq "$runs"); do
            case "$what" in
            list) max_rss_kib list "$file" ;;
            json) max_rss_kib list --json "$file" ;;
            reader) reader_hwm_kib "$file" "$expected" "$run" ;;
            esac
            echo "memory: $(basename "$file") $what run $run/$runs: $k KiB" >&2
            echo "$k" >>"$tmp/$what"
        done
        kib[$what]=$(median <"$tmp/$what")
        rm -f "$tmp/$what"
    done
    row="| $(basename "$file") | $bytes"
    for what in list json reader; do
        row+=" | $(mib "${kib[$what]}") | $(ratio "${kib[$what]}" "$bytes")"
    done
    rows+=("$row |")
    unset kib
done

echo "Measured $started-$(date '+%H:%M:%S %Z') (load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores), $dossier, median of $runs runs; ratio = RSS / input bytes."
echo
# shellcheck disable=SC2016 # the backquotes are Markdown
echo '| input | bytes | `list` max RSS | ratio | `list --json` max RSS | ratio | reader (TUI) peak RSS | ratio |'
echo '|---|---:|---:|---:|---:|---:|---:|---:|'
printf '%s\n' "${rows[@]}"
