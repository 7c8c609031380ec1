#!/usr/bin/env bash
# Runs the Exact module's arithmetic under valgrind memcheck and reports leaks.
#
# Usage: Benchmarks/valgrind-arith.sh [ROUNDS] [--self-test]
#   ROUNDS       rounds of the LeakCheck workload (default 20; each round parses, does
#                BigInteger/Rational/Interval arithmetic and elementary functions, rank
#                certificates and LDLᵀ factorizations, and ~70 error paths that throw)
#   --self-test  also run `LeakCheck --leak-on-purpose` and require valgrind to report it as
#                definitely lost, so a clean result is known not to be vacuous
#
# Exit status 1 on any "definitely lost" or "indirectly lost" byte or any memory error
# (invalid read/write, use of uninitialised values). "possibly lost" and "still reachable"
# blocks are printed but do not fail: the Swift runtime keeps its metadata caches and
# conformance tables for the life of the process, some through interior pointers, which
# memcheck classifies as possibly lost; they are allocated once, not per operation.
#
# Why a dedicated executable rather than the `swift test` binary: with valgrind 3.19 (Debian 12)
# the test binary cannot run under memcheck. A debug build carries DWARF 5, which valgrind's
# reader rejects ("Possibly corrupted debuginfo file ... Giving up"); rebuilt with
# `-Xswiftc -dwarf-version=4 -Xcc -gdwarf-4` it then dies inside valgrind ("VALGRIND INTERNAL
# ERROR: ... signal 11") as soon as the async test entry point parks the main thread in
# dispatch_main and starts a worker thread. LeakCheck is synchronous top-level code.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
rounds=20; self_test=0
for arg in "$@"; do
    case "$arg" in
        --self-test) self_test=1 ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        *[!0-9]*|'') echo "unknown argument: $arg" >&2; exit 2 ;;
        *) rounds="$arg" ;;
    esac
done
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }

scratch="$here/.build"
logs="$scratch/valgrind"
mkdir -p "$logs"
swift build -c release --package-path "$here" --scratch-path "$scratch" --product LeakCheck >&2
bin="$(swift build -c release --package-path "$here" --scratch-path "$scratch" --show-bin-path)/LeakCheck"

vg=(valgrind --leak-check=full --errors-for-leak-kinds=definite,indirect --error-exitcode=1
    --num-callers=30)

summary() {   # summary LOG: the leak and error lines of a memcheck log
    grep -E "definitely lost:|indirectly lost:|possibly lost:|still reachable:|ERROR SUMMARY:|All heap blocks were freed" "$1" \
        | sed -E 's/^==[0-9]+== +//'
}
bytes() {     # bytes LOG KIND: bytes of one leak kind (0 when valgrind printed no summary)
    { grep -E "$2 lost: " "$1" || echo "x: 0 bytes"; } | head -1 | sed -E 's/.*: ([0-9,]+) bytes.*/\1/' | tr -d ,
}

status=0
echo "== LeakCheck $rounds rounds under valgrind (log: $logs/leakcheck.log)"
if "${vg[@]}" --log-file="$logs/leakcheck.log" "$bin" "$rounds"; then :; else status=1; fi
summary "$logs/leakcheck.log"
def="$(bytes "$logs/leakcheck.log" definitely)"; ind="$(bytes "$logs/leakcheck.log" indirectly)"
echo "LeakCheck: definitely lost $def bytes, indirectly lost $ind bytes"
[ "$def" = 0 ] && [ "$ind" = 0 ] || status=1

if [ "$self_test" = 1 ]; then
    echo "== self-test: a Holder leaked on purpose must be reported (log: $logs/self-test.log)"
    "${vg[@]}" --log-file="$logs/self-test.log" "$bin" --leak-on-purpose >/dev/null || true
    sdef="$(bytes "$logs/self-test.log" definitely)"; sind="$(bytes "$logs/self-test.log" indirectly)"
    echo "self-test: definitely lost $sdef bytes, indirectly lost $sind bytes"
    if [ "$sdef" -gt 0 ] && [ "$sind" -gt 0 ]; then echo "self-test: leak detected as expected"
    else echo "self-test FAILED: the deliberate leak was not reported"; status=1; fi
fi

if [ "$status" = 0 ]; then echo "valgrind: no leaks, no memory errors"; else echo "valgrind: LEAKS OR MEMORY ERRORS (see $logs)"; fi
exit "$status"
