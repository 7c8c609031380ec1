#!/usr/bin/env bash
# Times QBounds' exact rank of random 0/1 matrices against python-flint's fmpz_mat.rank, and the
# Myhill–Nerode layer counts of 20-bit sequence functions. Not a test; prints a table.
#   Benchmarks/separations/bench.sh [SCRATCH]   (SCRATCH defaults to .build-sep; REPEAT=3 runs, best time)
# Needs a release build (`swift build -c release --scratch-path SCRATCH --product qbounds`) and
# a venv with python-flint at Benchmarks/.venv (created here when missing; PyPI must be reachable).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
scratch="${1:-.build-sep}"
repeat="${REPEAT:-3}"
q="$root/$scratch/release/qbounds"
py="$root/Benchmarks/.venv/bin/python"
here="$root/Benchmarks/separations"
[ -x "$q" ] || { echo "build first: swift build -c release --scratch-path $scratch --product qbounds" >&2; exit 2; }
[ -x "$py" ] || python3 -m venv "$root/Benchmarks/.venv"
"$py" -c "import flint" 2>/dev/null || "$root/Benchmarks/.venv/bin/pip" install -q python-flint   # the venv may be the Carleman one (numpy, scipy)
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
seconds() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); r = d.get('seconds_recheck'); print('%d %.4f %s' % (d['rank'], d['seconds_rank'], '-' if r is None else '%.4f' % r))" "$1"; }

echo "exact rank of N×N 0/1 matrices (seconds, best of $repeat; QBounds: modular minor + multimodular kernel, parse excluded; re-check once)"
printf "%-30s %6s %10s %10s %10s %8s\n" case rank qbounds recheck flint ratio
# kind n seed param: rand (param unused), dup (each of n/param rows repeated param times), prod (16 blocks of param),
# sums (param random rows on each half, the rest left+right concatenations)
for spec in "rand 512 1 1" "rand 512 2 1" "rand 512 3 1" "dup 256 4 2" "dup 128 5 2" "dup 512 6 2" "prod 512 7 16" "prod 256 8 8" "sums 512 9 200"; do
  set -- $spec; kind=$1; n=$2; seed=$3; param=$4
  f="$work/m-$kind-$n-$seed-$param.txt"
  case $kind in
    rand) "$py" "$here/gen_and_flint.py" matrix "$f" "$n" "$seed" 1; label="${n}x${n} random seed $seed" ;;
    dup)  "$py" "$here/gen_and_flint.py" matrix "$f" "$n" "$seed" "$param"; label="${n}x${n} rows x$param seed $seed" ;;
    prod) "$py" "$here/gen_and_flint.py" product "$f" "$n" "$seed" 16 "$param"; label="${n}x${n} product 16x$param seed $seed" ;;
    sums) "$py" "$here/gen_and_flint.py" sums "$f" "$n" "$seed" "$param"; label="${n}x${n} 2x$param + sums seed $seed" ;;
  esac
  "$q" separation rank "$f" --json --recheck > "$work/out.json"
  read -r r tq tr < <(seconds "$work/out.json")
  for _ in $(seq 2 "$repeat"); do          # best of $repeat runs on both sides (shared, noisy machine)
    "$q" separation rank "$f" --json > "$work/again.json"
    read -r _ t _ < <(seconds "$work/again.json")
    tq=$(python3 -c "print('%.4f' % min($tq, $t))")
  done
  read -r rf tf < <("$py" "$here/gen_and_flint.py" flint "$f" "$repeat")
  [ "$r" = "$rf" ] || { echo "rank mismatch on $f: qbounds $r, flint $rf" >&2; exit 1; }
  python3 -c "import json,sys; sys.exit(0 if json.load(open(sys.argv[1])).get('recheck_valid') else 1)" "$work/out.json" \
    || { echo "re-check failed on $f" >&2; exit 1; }
  printf "%-30s %6s %10s %10s %10.4f %8.2f\n" "$label" "$r" "$tq" "$tr" "$tf" "$(python3 -c "print($tq/$tf)")"
done

echo
echo "Myhill–Nerode layers of 20-bit sequence functions (qbounds separation streaming, parse included)"
for seed in 1 2; do
  f="$work/s20-$seed.txt"
  "$py" "$here/gen_and_flint.py" stream "$f" 20 "$seed"
  start=$(date +%s.%N)
  "$q" separation streaming "$f" --json > "$work/s.json"
  end=$(date +%s.%N)
  python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print('seed %s: max layer %d, memory %d bits, %.2f s' % (sys.argv[2], max(d['layers']), d['memory_bits'], float(sys.argv[4])-float(sys.argv[3])))" "$work/s.json" "$seed" "$start" "$end"
done
