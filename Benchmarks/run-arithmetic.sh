#!/usr/bin/env bash
# Times Rational add/mul/div and Interval mul/exp in Swift (module Exact) against the same
# operations in a plain C loop over GMP/MPFR, on the same input file, and prints
#   op | C ns/op | Swift ns/op | Swift/C | goal (Swift within 1.25x of C)
#
# Usage: Benchmarks/run-arithmetic.sh [--markdown] [--no-build] [--instructions]
#   --instructions  instead of timing, count instructions per op with valgrind --tool=callgrind
#                   (only the timed loop functions: C loop_*, Swift *Loop*); repeatable on a
#                   loaded machine, where wall-clock times of a 2-core box wander by 20-50%.
# Environment:
#   REPS=5          timed repetitions per op inside each process (best one kept; 1 untimed warm-up)
#   ROUNDS=3        the C and Swift processes are run alternately ROUNDS times; the best is kept
#   FILTER=substr   only ops whose name contains substr (e.g. FILTER=iv128)
#   SWIFT_FLAGS=... extra flags for swift build (e.g. "-Xswiftc -cross-module-optimization")
#   CC=gcc CFLAGS=-O2
#   PIN=1           pin both programs to one CPU with taskset when it is available (default 1)
# Needs: swift, a C compiler, libgmp-dev and libmpfr-dev.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
markdown=0; build=1; instructions=0
for arg in "$@"; do
    case "$arg" in
        --markdown) markdown=1 ;;
        --no-build) build=0 ;;
        --instructions) instructions=1 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "unknown argument: $arg" >&2; exit 2 ;;
    esac
done
REPS="${REPS:-5}"; ROUNDS="${ROUNDS:-3}"; FILTER="${FILTER:-}"; PIN="${PIN:-1}"
CC="${CC:-gcc}"; CFLAGS="${CFLAGS:--O2}"

scratch="$here/.build"
mkdir -p "$here/bin" "$scratch"
cbin="$here/bin/arith_bench"
inputs="$scratch/arith-inputs.txt"

if [ "$build" = 1 ]; then
    libs="-lmpfr -lgmp"; cflags_pc=""
    if command -v pkg-config >/dev/null && pkg-config --exists mpfr gmp 2>/dev/null; then
        libs="$(pkg-config --libs mpfr gmp)"; cflags_pc="$(pkg-config --cflags mpfr gmp)"
    fi
    echo "building C baseline: $CC $CFLAGS c/arith_bench.c $libs" >&2
    # shellcheck disable=SC2086
    "$CC" $CFLAGS $cflags_pc -o "$cbin" "$here/c/arith_bench.c" $libs
    echo "building Swift (release) ${SWIFT_FLAGS:-}" >&2
    # shellcheck disable=SC2086
    swift build -c release --package-path "$here" --scratch-path "$scratch" \
        --product ArithmeticBench ${SWIFT_FLAGS:-} >&2
fi
# shellcheck disable=SC2086
sbin="$(swift build -c release --package-path "$here" --scratch-path "$scratch" --show-bin-path ${SWIFT_FLAGS:-})/ArithmeticBench"
[ -x "$cbin" ] && [ -x "$sbin" ] || { echo "binaries missing; run without --no-build" >&2; exit 1; }

"$cbin" gen "$inputs"

if [ "$instructions" = 1 ]; then
    command -v valgrind >/dev/null || { echo "--instructions needs valgrind" >&2; exit 1; }
    ops="q64.add q64.mul q64.div q64.addassign q64.accumulate q200.add q200.mul q200.div q200.addassign q200.accumulate iv128.mul iv128.exp iv256.mul iv256.exp"
    # Prints instructions per operation of one op in one program (REPS=1: warm-up + 1 timed repetition).
    count() {   # count c|swift OP
        local log="$scratch/callgrind.log" out ops collected
        if [ "$1" = c ]; then
            out="$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect='loop_*' "$cbin" run "$inputs" 1 "=$2" 2>"$log")"
        else
            out="$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --toggle-collect='*Loop*' "$sbin" "$inputs" 1 "=$2" 2>"$log")"
        fi
        ops="$(printf '%s\n' "$out" | cut -f4)"
        collected="$(grep -oE 'Collected : [0-9]+' "$log" | grep -oE '[0-9]+$')"
        [ -n "$ops" ] && [ -n "$collected" ] || { echo "callgrind run failed for $1 $2 (see $log)" >&2; exit 1; }
        awk -v c="$collected" -v n="$ops" 'BEGIN { printf "%.0f", c / (2 * n) }'
    }
    if [ "$markdown" = 1 ]; then
        echo "| op | C instr/op | Swift instr/op | Swift/C | C, allocating per result instr/op | Swift/C-alloc |"
        echo "|---|---:|---:|---:|---:|---:|"
    else
        printf "%-16s %12s %14s %8s   %16s %10s\n" op "C instr/op" "Swift instr/op" Swift/C "C-alloc instr/op" Swift/C-al
    fi
    for op in $ops; do
        case "$op" in *"$FILTER"*) ;; *) continue ;; esac
        echo "callgrind: $op" >&2
        ci="$(count c "$op")"; si="$(count swift "$op")"; ai="-"
        case "$op" in *.add|*.mul|*.div) ai="$(count c "$op[c-alloc]")" ;; esac
        awk -v op="$op" -v c="$ci" -v s="$si" -v a="$ai" -v md="$markdown" 'BEGIN {
            ar = (a == "-") ? "-" : sprintf("%.2f", s / a)
            if (md) printf "| %s | %d | %d | %.2f | %s | %s |\n", op, c, s, s / c, a, ar
            else printf "%-16s %12d %14d %8.2f   %16s %10s\n", op, c, s, s / c, a, ar }'
    done
    exit 0
fi

pin=()
if [ "$PIN" = 1 ] && command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then
    pin=(taskset -c "$(( $(nproc) - 1 ))")
fi

raw_c="$scratch/arith-c.tsv"; raw_s="$scratch/arith-swift.tsv"
: > "$raw_c"; : > "$raw_s"
for ((round = 1; round <= ROUNDS; round++)); do
    echo "round $round/$ROUNDS: C" >&2
    "${pin[@]}" "$cbin" run "$inputs" "$REPS" ${FILTER:+"$FILTER"} >> "$raw_c"
    echo "round $round/$ROUNDS: Swift" >&2
    "${pin[@]}" "$sbin" "$inputs" "$REPS" ${FILTER:+"$FILTER"} >> "$raw_s"
done

# Join: best ns/op per op over all rounds; checksums must agree between C and Swift.
awk -F'\t' -v md="$markdown" -v goal=1.25 '
    FNR == 1 { file++ }
    {
        op = $1; ns = $2 + 0; sum = $3
        if (file == 1) {
            if (!(op in c) || ns < c[op]) c[op] = ns
            if ((op in csum) && csum[op] != sum) { print "C checksum differs between rounds for " op > "/dev/stderr"; bad = 1 }
            csum[op] = sum
        } else {
            if (!(op in s)) order[++n] = op
            if (!(op in s) || ns < s[op]) s[op] = ns
            ssum[op] = sum
        }
    }
    END {
        if (md) {
            print "| op | C ns/op | Swift ns/op | Swift/C | ≤ 1.25× | C, allocating per result ns/op | Swift/C-alloc |"
            print "|---|---:|---:|---:|:---:|---:|---:|"
        } else {
            printf "%-16s %12s %12s %8s %6s   %14s %10s\n", "op", "C ns/op", "Swift ns/op", "Swift/C", "goal", "C-alloc ns/op", "Swift/C-al"
        }
        miss = 0
        for (k = 1; k <= n; k++) {
            op = order[k]
            # A Swift op "x.add[in-place]" is the in-place form of "x.add": same C loop, same results.
            base = op; sub(/\[in-place\]$/, "", base)
            if (!(base in c)) { print "no C result for " op > "/dev/stderr"; bad = 1; continue }
            if (csum[base] != ssum[op]) { printf "CHECKSUM MISMATCH for %s: C %s, Swift %s\n", op, csum[base], ssum[op] > "/dev/stderr"; bad = 1 }
            r = s[op] / c[base]; ok = (r <= goal) ? "yes" : "NO"; if (r > goal) miss++
            ca = (base == op) ? op "[c-alloc]" : "-none-"
            cas = (ca in c) ? sprintf("%.1f", c[ca]) : "-"
            car = (ca in c) ? sprintf("%.2f", s[op] / c[ca]) : "-"
            if (md) printf "| %s | %.1f | %.1f | %.2f | %s | %s | %s |\n", op, c[base], s[op], r, ok, cas, car
            else printf "%-22s %12.1f %12.1f %8.2f %6s   %14s %10s\n", op, c[base], s[op], r, ok, cas, car
        }
        printf "\n%d of %d ops miss the 1.25x goal; checksums %s\n", miss, n, bad ? "DIFFER (see above)" : "agree (same exact results in C and Swift)"
        exit bad ? 1 : 0
    }' "$raw_c" "$raw_s"
