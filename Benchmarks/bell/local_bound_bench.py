#!/usr/bin/env python3
"""Local bound of random m×m binary correlator (XOR-with-marginals) inequalities: QBounds vs toqito.

Usage: python3 Benchmarks/bell/local_bound_bench.py [--qbounds PATH] [--toqito] [--sizes 10,12,...]
Writes the functionals to a temporary folder as YAML (Ket.jl/toqito correlator convention),
times `qbounds bell bound FILE --json` (release build) and, with --toqito, toqito's
`bell_inequality_max` / local bound routine on the same matrix, and checks that the values agree.
Run Benchmarks/bell/setup_venv.sh first for toqito.
"""
import argparse, json, os, random, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fractions import Fraction

def functional(m, seed):
    rng = random.Random(seed)
    return [[0 if (i == 0 and j == 0) else rng.randint(-5, 5) for j in range(m + 1)] for i in range(m + 1)]

def brute_local(c):
    """Pure-Python reference for small m: max over a, b of the correlator value."""
    mA, mB = len(c) - 1, len(c[0]) - 1
    best = None
    for bm in range(1 << mB):
        b = [1 - 2 * ((bm >> j) & 1) for j in range(mB)]
        v = c[0][0] + sum(c[0][j + 1] * b[j] for j in range(mB))
        v += sum(abs(c[i + 1][0] + sum(c[i + 1][j + 1] * b[j] for j in range(mB))) for i in range(mA))
        best = v if best is None or v > best else best
    return best

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--qbounds", default=".build-bell/release/qbounds")
    ap.add_argument("--sizes", default="10,12,14,16,20,24")
    ap.add_argument("--toqito", action="store_true")
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for m in [int(s) for s in args.sizes.split(",")]:
            c = functional(m, 1000 + m)
            path = os.path.join(d, f"random-{m}.yaml")
            with open(path, "w") as f:
                f.write("notation: correlator\nscenario: {inputs: [%d, %d]}\ncoefficients:\n" % (m, m))
                for r in c:
                    f.write("  - [" + ", ".join(str(x) for x in r) + "]\n")
            cmd = [args.qbounds, "bell", "bound", path, "--json"] + (["--force"] if args.force else [])
            t0 = time.perf_counter()
            out = subprocess.run(cmd, capture_output=True, text=True)
            t1 = time.perf_counter()
            if out.returncode != 0:
                print(f"m={m}: qbounds exit {out.returncode}: {out.stderr.strip()}"); continue
            local = Fraction(json.loads(out.stdout)["local"])
            row = {"m": m, "qbounds_s": round(t1 - t0, 4), "qbounds_internal_s": json.loads(out.stdout)["seconds"], "local": str(local)}
            if m <= 14:
                row["reference_ok"] = brute_local(c) == local
            if args.toqito:
                try:
                    from toqito_local import toqito_local_bound
                    t2 = time.perf_counter(); tv = toqito_local_bound(c); t3 = time.perf_counter()
                    row["toqito_s"] = round(t3 - t2, 4); row["toqito_local"] = float(tv)
                    row["agree"] = bool(abs(tv - float(local)) < 1e-6)
                    row["speedup"] = round((t3 - t2) / (t1 - t0), 1)
                except Exception as e:  # toqito missing or API changed
                    row["toqito_error"] = repr(e)[:120]
            rows.append(row); print(json.dumps(row)); sys.stdout.flush()

if __name__ == "__main__":
    main()
