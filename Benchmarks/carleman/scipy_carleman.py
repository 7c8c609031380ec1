"""Reference Carleman builder with scipy.sparse Kronecker sums (the textbook construction).

    python scipy_carleman.py MODEL.json ORDER REPS

A^j_{j+s-1} = sum_p kron(kron(I_{n^(p-1)}, F_s), I_{n^(j-p)}) for s = 1, 2, assembled with
scipy.sparse.bmat into the Δ×Δ truncated matrix and converted to CSR (duplicates summed, zeros
dropped). Prints the same line format as CarlemanBench.
"""
import json, sys, time
from fractions import Fraction
import numpy as np
import scipy.sparse as sp

def load(path):
    m = json.load(open(path))
    n = m["n"]
    def mat(key, cols):
        rows = [e[0] for e in m[key]]; cs = [e[1] for e in m[key]]
        vals = [float(Fraction(e[2])) for e in m[key]]
        return sp.csr_matrix((vals, (rows, cs)), shape=(n, cols))
    return n, mat("F1", n), mat("F2", n * n)

def carleman(n, F1, F2, N):
    blocks = [[None] * N for _ in range(N)]
    for j in range(1, N + 1):
        for s, F in ((1, F1), (2, F2)):
            k = j + s - 1
            if k > N:
                continue
            A = None
            for p in range(1, j + 1):
                term = sp.kron(sp.kron(sp.identity(n ** (p - 1), format="csr"), F, format="csr"),
                               sp.identity(n ** (j - p), format="csr"), format="csr")
                A = term if A is None else A + term
            blocks[j - 1][k - 1] = A
    for j in range(N):  # bmat needs a shape in every block row and column
        if blocks[j][j] is None:
            blocks[j][j] = sp.csr_matrix((n ** (j + 1), n ** (j + 1)))
    A = sp.bmat(blocks, format="csr")
    A.sum_duplicates(); A.eliminate_zeros()
    return A

if __name__ == "__main__":
    n, F1, F2 = load(sys.argv[1])
    N = int(sys.argv[2]); reps = int(sys.argv[3])
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        A = carleman(n, F1, F2, N)
        best = min(best, time.perf_counter() - t0)
    print(f"scipy dim={A.shape[0]} nnz={A.nnz} best_s={best} checksum={float(A.data.sum())!r}")
