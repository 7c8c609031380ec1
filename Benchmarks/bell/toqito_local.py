"""Local bound of a bipartite correlator functional with toqito's NonlocalGame.classical_value.

toqito maximises Σ π(x,y) V(a,b|x,y) over deterministic strategies but starts each maximum at
0, so the payoffs are shifted per (x, y) to be nonnegative (which shifts the value by a known
constant, since Σ_ab p(ab|xy) = 1)."""
from fractions import Fraction
import numpy as np

def toqito_local_bound(c):
    from toqito.nonlocal_games.nonlocal_game import NonlocalGame
    mA, mB = len(c) - 1, len(c[0]) - 1
    V = np.zeros((2, 2, mA, mB))
    for a in range(2):
        for b in range(2):
            sa, sb = (-1) ** a, (-1) ** b
            for x in range(mA):
                for y in range(mB):
                    V[a, b, x, y] = (c[0][0] / (mA * mB) + c[x + 1][0] * sa / mB + c[0][y + 1] * sb / mA
                                     + c[x + 1][y + 1] * sa * sb)
    shift = V.min(axis=(0, 1))              # per (x, y)
    pred = (V - shift[np.newaxis, np.newaxis]) * (mA * mB)
    prob = np.full((mA, mB), 1.0 / (mA * mB))
    value = NonlocalGame(prob, pred).classical_value()
    return value + shift.sum()
