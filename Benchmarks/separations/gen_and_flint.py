"""Helpers for bench.sh: write random 0/1 matrices and time python-flint's exact rank on them.

usage: gen_and_flint.py matrix OUT N SEED [DUP]   -- random N×N 0/1 matrix (DUP>1: each of N/DUP rows repeated DUP times)
       gen_and_flint.py product OUT N SEED B S         -- N×N 0/1 product F·G of rank ≤ B·S − B + 1 (see write_product)
       gen_and_flint.py sums OUT N SEED K             -- N×N: K random rows on the left half, K on the right, N − 2K concatenations
       gen_and_flint.py flint FILE [REPEAT]       -- print rank and best seconds of fmpz_mat.rank over REPEAT runs (parse excluded)
       gen_and_flint.py stream OUT BITS SEED      -- truth table of a 20-bit-style sequence function
"""
import random
import sys
import time


def write_matrix(path, n, seed, dup=1):
    rng = random.Random(seed)
    base = [[rng.randint(0, 1) for _ in range(n)] for _ in range(n // dup)]
    rows = [r for r in base for _ in range(dup)]
    rng.shuffle(rows)
    with open(path, "w") as f:
        for r in rows:
            f.write("".join(map(str, r)) + "\n")


def write_product(path, n, seed, blocks, size):
    # M = F·G with 0/1 factors and a 0/1 product: row x of F picks one element in each of `blocks`
    # blocks of `size` elements; column y of G is a random subset of one block. So M[x, y] = 1 iff
    # x's pick in y's block lies in y's subset. rank M ≤ rank F ≤ blocks·size − blocks + 1 (each
    # block's columns of F sum to the all-ones vector); no repeated rows or columns in practice.
    rng = random.Random(seed)
    picks = [[rng.randrange(size) for _ in range(blocks)] for _ in range(n)]
    cols = [(rng.randrange(blocks), rng.getrandbits(size)) for _ in range(n)]
    with open(path, "w") as f:
        for x in range(n):
            f.write("".join("1" if (s >> picks[x][b]) & 1 else "0" for b, s in cols) + "\n")


def write_sums(path, n, seed, k):
    # Rows 0..k−1: random on the left n/2 columns (zero on the right); rows k..2k−1: random on the
    # right; the other n − 2k rows are a left row followed by a right row, i.e. their sum: no
    # repeated rows, rank ≤ 2k, and kernel vectors with large entries (inverses of random blocks).
    rng = random.Random(seed)
    h = n // 2
    left = [[rng.randint(0, 1) for _ in range(h)] for _ in range(k)]
    right = [[rng.randint(0, 1) for _ in range(n - h)] for _ in range(k)]
    rows = [l + [0] * (n - h) for l in left] + [[0] * h + r for r in right]
    rows += [rng.choice(left) + rng.choice(right) for _ in range(n - 2 * k)]
    rng.shuffle(rows)
    with open(path, "w") as f:
        for r in rows:
            f.write("".join(map(str, r)) + "\n")


def flint_rank(path, repeat=1):
    import flint
    rows = [[int(c) for c in line.strip()] for line in open(path) if line.strip()]
    m = flint.fmpz_mat(rows)
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        r = m.rank()
        s = time.perf_counter() - t
        best = s if best is None else min(best, s)
    return r, best


def write_stream(path, bits, seed):
    # g(x) = 1 iff the first half equals a fixed random permutation of the second half's bits,
    # XOR a random function of the last 4 bits: every middle layer is large.
    rng = random.Random(seed)
    h = bits // 2
    perm = list(range(h))
    rng.shuffle(perm)
    table = [rng.randint(0, 1) for _ in range(16)]
    with open(path, "w") as f:
        for x in range(1 << bits):
            a, b = x >> h, x & ((1 << h) - 1)
            pb = sum(((b >> perm[i]) & 1) << i for i in range(h))
            out = (1 if a == pb else 0) ^ table[x & 15]
            f.write(format(x, "0%db" % bits) + " " + str(out) + "\n")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "matrix":
        write_matrix(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]) if len(sys.argv) > 5 else 1)
    elif cmd == "product":
        write_product(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
    elif cmd == "sums":
        write_sums(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
    elif cmd == "flint":
        r, s = flint_rank(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1)
        print("%d %.6f" % (r, s))
    elif cmd == "stream":
        write_stream(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
