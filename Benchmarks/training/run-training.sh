#!/usr/bin/env bash
# Hessian-spectrum benchmark for `discrete.error-proxy`: the dense Hessian of the ≥ 1,000-parameter
# polynomial network (after pre-training and pruning, as in `qbounds gd proxy`) diagonalised by
# QBounds (Swift release build, LAPACKE dsyevd over the system OpenBLAS) and by
# numpy.linalg.eigvalsh on the very same matrix (written by `qbounds gd proxy --dump-hessian`).
#   Benchmarks/training/run-training.sh                (d = 10, h = 100: 1,201 parameters)
#   HIDDEN=200 REPS=5 Benchmarks/training/run-training.sh
# Floats explore here: this times a float computation; it decides nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
HIDDEN="${HIDDEN:-100}" INPUTS="${INPUTS:-10}" REPS="${REPS:-5}" SEED="${SEED:-20261122}"
out="$root/Benchmarks/.build/training"; mkdir -p "$out"
venv="$root/Benchmarks/.venv"
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import numpy" 2>/dev/null; then
    echo "creating $venv with numpy (pip)"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet numpy
fi
scratch="${SCRATCH:-$root/.build-bench-training}"
echo "building qbounds (release, scratch $scratch)"
swift build -c release --package-path "$root" --scratch-path "$scratch" --product qbounds >/dev/null
bin="$scratch/release/qbounds"
hess="$out/hessian-h$HIDDEN.f64"
common=(gd proxy --seed "$SEED" --hidden "$HIDDEN" --inputs "$INPUTS" --steps 1 --reupload 1)
"$bin" "${common[@]}" --dump-hessian "$hess" --json --out "$out/run-0.json" >/dev/null
for r in $(seq 1 "$REPS"); do "$bin" "${common[@]}" --json --out "$out/run-$r.json" >/dev/null; done
"$venv/bin/python" "$here/numpy_spectrum.py" "$hess" "$REPS" "$out"/run-*.json
