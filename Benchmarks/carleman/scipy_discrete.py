"""Reference builder for the truncated discrete Carleman step matrix I + A_N with scipy.sparse.

    python scipy_discrete.py MODEL.json ORDER REPS ETA

The model's F1, F2 are the field f; G1 = I + ηf1, G2 = ηf2 (F0 = 0).
M_{j,k} = sum over (l1..lj) with l1+..+lj = k of kron(G_l1, ..., G_lj), for j, k = 1..N,
assembled with scipy.sparse.bmat into CSR. Same output line format as CarlemanBench.
"""
import itertools, sys, time
from fractions import Fraction
import scipy.sparse as sp

from scipy_carleman import load   # the same model reader as the continuous reference

def step_matrix(n, F1, F2, N, eta):
    G = {1: (sp.identity(n, format="csr") + eta * F1).tocsr(), 2: (eta * F2).tocsr()}
    blocks = [[None] * N for _ in range(N)]
    for j in range(1, N + 1):
        for k in range(1, N + 1):
            acc = None
            for ls in itertools.product((1, 2), repeat=j):
                if sum(ls) != k:
                    continue
                term = G[ls[0]]
                for l in ls[1:]:
                    term = sp.kron(term, G[l], format="csr")
                acc = term if acc is None else acc + term
            blocks[j - 1][k - 1] = acc
    for j in range(N):
        if blocks[j][j] is None:
            blocks[j][j] = sp.csr_matrix((n ** (j + 1), n ** (j + 1)))
    A = sp.bmat(blocks, format="csr")
    A.sum_duplicates(); A.eliminate_zeros()
    return A

if __name__ == "__main__":
    n, F1, F2 = load(sys.argv[1])
    N = int(sys.argv[2]); reps = int(sys.argv[3]); eta = float(Fraction(sys.argv[4]))
    best = float("inf")
    for _ in range(reps):
        t0 = time.perf_counter()
        A = step_matrix(n, F1, F2, N, eta)
        best = min(best, time.perf_counter() - t0)
    print(f"scipy-discrete dim={A.shape[0]} nnz={A.nnz} best_s={best} checksum={float(A.data.sum())!r}")
