#!/usr/bin/env bash
# Carleman matrix benchmark: QBounds' direct CSR builder vs a scipy.sparse Kronecker-sum builder,
# same random sparse quadratic model, one run. Also the exact build for n = 4, N = 5.
#   Benchmarks/run-carleman.sh            (n = 20, N = 4, ~3 nonzeros per row of F1 and F2)
#   N_VARS=20 ORDER=4 PER_ROW=3 REPS=3 Benchmarks/run-carleman.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
N_VARS="${N_VARS:-20}" ORDER="${ORDER:-4}" PER_ROW="${PER_ROW:-3}" REPS="${REPS:-3}" SEED="${SEED:-20261122}"
out="$here/.build/carleman"; mkdir -p "$out"
[ -x "$here/.venv/bin/python" ] || python3 -m venv "$here/.venv"
if ! "$here/.venv/bin/python" -c "import numpy, scipy" 2>/dev/null; then   # the venv may be the separations one (python-flint)
    echo "installing numpy and scipy into $here/.venv (pip)"
    "$here/.venv/bin/pip" install --quiet numpy scipy
fi
echo "building CarlemanBench (release)"
swift build -c release --package-path "$here" --scratch-path "$here/.build" --product CarlemanBench >/dev/null
bench="$here/.build/release/CarlemanBench"
model="$out/model-n$N_VARS.json"
"$bench" gen "$N_VARS" "$PER_ROW" "$SEED" "$model"
echo "model: n = $N_VARS, N = $ORDER, seed $SEED ($model)"
py=$("$here/.venv/bin/python" "$here/carleman/scipy_carleman.py" "$model" "$ORDER" "$REPS")
s1=$("$bench" float "$model" "$ORDER" "$REPS" 1)
s2=$("$bench" float "$model" "$ORDER" "$REPS" 2)
echo "$py"; echo "$s1"; echo "$s2"
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }
[ "$(field "$py" nnz)" = "$(field "$s1" nnz)" ] && [ "$(field "$py" dim)" = "$(field "$s1" dim)" ] || { echo "MISMATCH: dimension or nnz differ"; exit 1; }
python3 - "$py" "$s1" "$s2" <<'PY'
import sys
f = lambda line, k: float([w for w in line.split() if w.startswith(k + "=")][0].split("=")[1])
py, s1, s2 = sys.argv[1:]
if abs(f(py, "checksum") - f(s1, "checksum")) > 1e-9 * max(1, abs(f(py, "checksum"))):
    print("MISMATCH: checksums differ"); sys.exit(1)
print(f"| float build | scipy {f(py,'best_s'):.4f} s | QBounds 1 thread {f(s1,'best_s'):.4f} s ({f(py,'best_s')/f(s1,'best_s'):.1f}x) | 2 threads {f(s2,'best_s'):.4f} s ({f(py,'best_s')/f(s2,'best_s'):.1f}x) |")
PY
small="$out/model-n4.json"
"$bench" gen 4 2 "$SEED" "$small"
"$bench" exact "$small" 5 "$REPS"

# Discrete Carleman (gradient descent): the float step matrix I + A_N for n = 50, N = 3 against
# scipy.sparse Kronecker products, and the exact η-blocks for n = 3, N = 4.
D_VARS="${D_VARS:-50}" D_ORDER="${D_ORDER:-3}" D_PER_ROW="${D_PER_ROW:-2}" ETA="${ETA:-1/10}"
dmodel="$out/model-n$D_VARS-discrete.json"
"$bench" gen "$D_VARS" "$D_PER_ROW" "$SEED" "$dmodel"
dpy=$("$here/.venv/bin/python" "$here/carleman/scipy_discrete.py" "$dmodel" "$D_ORDER" "$REPS" "$ETA")
d1=$("$bench" discrete "$dmodel" "$D_ORDER" "$REPS" 1 "$ETA")
d2=$("$bench" discrete "$dmodel" "$D_ORDER" "$REPS" 2 "$ETA")
echo "$dpy"; echo "$d1"; echo "$d2"
[ "$(field "$dpy" nnz)" = "$(field "$d1" nnz)" ] || { echo "MISMATCH: discrete nnz differ"; exit 1; }
python3 - "$dpy" "$d1" "$d2" <<'PY'
import sys
f = lambda line, k: float([w for w in line.split() if w.startswith(k + "=")][0].split("=")[1])
py, s1, s2 = sys.argv[1:]
if abs(f(py, "checksum") - f(s1, "checksum")) > 1e-9 * max(1, abs(f(py, "checksum"))):
    print("MISMATCH: discrete checksums differ"); sys.exit(1)
print(f"| discrete float build | scipy {f(py,'best_s'):.4f} s | QBounds 1 thread {f(s1,'best_s'):.4f} s ({f(py,'best_s')/f(s1,'best_s'):.1f}x) | 2 threads {f(s2,'best_s'):.4f} s ({f(py,'best_s')/f(s2,'best_s'):.1f}x) |")
PY
small3="$out/model-n3.json"
"$bench" gen 3 2 "$SEED" "$small3"
"$bench" eta-blocks "$small3" 4 "$REPS"
