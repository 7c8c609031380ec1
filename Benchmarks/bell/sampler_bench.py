#!/usr/bin/env python3
"""Pauli-frame sampler throughput on the Zhao–Deng circuit: QBounds vs Stim.

Usage: Benchmarks/.venv/bin/python Benchmarks/bell/sampler_bench.py [--games 250] [--shots 10000] [--p 0.01]
Builds the same circuit (4 qubits per game: Bell-pair preparation H, CX; Alice's and Bob's
Clifford layers for random inputs; DEPOLARIZE1 at the ten locations; measure all) in Stim,
times compile + sample, and runs `qbounds game sample zhao-deng --json` (release build) which
reports its own reference and sampling times for one circuit of the same size.
"""
import argparse, json, random, subprocess, time

ALICE = {0: [], 1: [("H", 0)], 2: [("SWAP", 0, 1), ("H", 0)], 3: [("CX", 0, 1), ("H", 0)]}
BOB = {0: [], 1: [("H", 0), ("H", 1)], 2: [("SWAP", 0, 1)], 3: [("Z", 0), ("Z", 1), ("CZ", 0, 1), ("H", 0), ("H", 1)]}

def stim_circuit(games, p, seed):
    import stim
    rng = random.Random(seed)
    c = stim.Circuit()
    for g in range(games):
        o = 4 * g
        a0, a1, b0, b1 = o, o + 1, o + 2, o + 3
        x, y = rng.randrange(4), rng.randrange(4)
        c.append("H", [a0]); c.append("DEPOLARIZE1", [a0], p)
        c.append("CX", [a0, b0]); c.append("DEPOLARIZE1", [a0, b0], p)
        c.append("H", [a1]); c.append("DEPOLARIZE1", [a1], p)
        c.append("CX", [a1, b1]); c.append("DEPOLARIZE1", [a1, b1], p)
        for gate in ALICE[x]:
            c.append(gate[0], [o + q for q in gate[1:]])
        c.append("DEPOLARIZE1", [a0, a1], p)
        for gate in BOB[y]:
            c.append(gate[0], [o + 2 + q for q in gate[1:]])
        c.append("DEPOLARIZE1", [b0, b1], p)
    c.append("M", list(range(4 * games)))
    return c

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--games", type=int, default=250)
    ap.add_argument("--shots", type=int, default=10000)
    ap.add_argument("--p", default="0.01")
    ap.add_argument("--qbounds", default=".build-bell/release/qbounds")
    args = ap.parse_args()
    c = stim_circuit(args.games, float(args.p), 1)
    t0 = time.perf_counter(); s = c.compile_sampler(); t1 = time.perf_counter()
    s.sample(args.shots, bit_packed=True); t2 = time.perf_counter()
    best = min((lambda: (lambda t: (s.sample(args.shots, bit_packed=True), time.perf_counter() - t)[1])(time.perf_counter()))() for _ in range(3))
    q = json.loads(subprocess.run([args.qbounds, "game", "sample", "zhao-deng", "--games", str(args.games), "--shots", str(args.shots),
                                   "--p", args.p, "--json"], capture_output=True, text=True, check=True).stdout)
    print(json.dumps({"qubits": 4 * args.games, "shots": args.shots, "stim_compile_s": round(t1 - t0, 4),
                      "stim_sample_s": round(best, 4), "qbounds_reference_s": round(q["reference_seconds"], 4),
                      "qbounds_sample_s": round(q["sample_seconds"], 4),
                      "ratio_sample": round(q["sample_seconds"] / best, 2),
                      "ratio_total": round((q["sample_seconds"] + q["reference_seconds"]) / (best + t1 - t0), 2),
                      "win_rate_estimate": q["win_rate_estimate"], "q_exact": q["q_exact"]}))

if __name__ == "__main__":
    main()
