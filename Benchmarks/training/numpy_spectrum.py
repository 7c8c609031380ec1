"""numpy side of Benchmarks/training/run-training.sh: times numpy.linalg.eigvalsh on the Hessian
written by `qbounds gd proxy --dump-hessian` (raw float64, row-major) and compares with the
QBounds timings and spectrum summaries in the JSON reports (full_after_pruning)."""
import json, sys, time
import numpy as np

path, reps, reports = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
h = np.fromfile(path, dtype="<f8")
n = int(round(len(h) ** 0.5))
assert n * n == len(h), "not a square matrix"
H = h.reshape(n, n)
assert np.array_equal(H, H.T), "dumped Hessian is not symmetric"
best = float("inf")
for _ in range(reps):
    t0 = time.perf_counter(); w = np.linalg.eigvalsh(H); best = min(best, time.perf_counter() - t0)
runs = [json.load(open(r)) for r in reports]
es = [r["eigenvalues_summary"] for r in runs]
swift = min(e["full_spectrum_seconds"] for e in es)
build = min(e["full_hessian_build_seconds"] for e in es)
s = es[0]["full_after_pruning"]
scale = max(abs(w[0]), abs(w[-1]))
neg = int((w < -1e-10 * scale).sum())   # same tolerance as SpectrumSummary.negative
cut = int((runs[0]["a_scale"] * np.abs(w) >= 0.4).sum())
ok = abs(s["min"] - w[0]) <= 1e-10 * scale and abs(s["max"] - w[-1]) <= 1e-10 * scale and s["negative"] == neg and s["retained_by_cut"] == cut
print(f"Hessian {n}x{n}: eigenvalues in [{w[0]:.6g}, {w[-1]:.6g}], {neg} negative (QBounds {s['negative']}), {cut} with |a| >= 0.4 (QBounds {s['retained_by_cut']}), trace {np.trace(H):.6g} vs sum {w.sum():.6g}")
print(f"| dense Hessian spectrum n = {n} | numpy eigvalsh {best:.4f} s | QBounds dsyevd {swift:.4f} s ({best / swift:.2f}x) "
      f"| QBounds Hessian build {build:.4f} s | best of {reps} | spectra agree: {'yes' if ok else 'NO'} |")
sys.exit(0 if ok else 1)
