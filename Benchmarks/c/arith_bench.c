/*
 * arith_bench.c — the plain-C baseline for Benchmarks/run-arithmetic.sh.
 *
 * Times the same operations on the same inputs as the Swift executable ArithmeticBench
 * (Benchmarks/Sources/ArithmeticBench/main.swift), calling GMP and MPFR directly:
 *
 *   arith_bench gen FILE           write the deterministic input file (splitmix64, fixed seed)
 *   arith_bench run FILE [REPS [FILTER]]
 *                                  run the benchmarks, best of REPS (default 5) repetitions;
 *                                  FILTER: a substring of the op names, or "=name" for one op
 *
 * Output of `run`: one line per benchmark, tab-separated:
 *   name  ns_per_op  checksum  ops_per_repetition
 * The checksum folds the exact results (numerator and denominator modulo 2^31-1; interval
 * endpoints converted exactly to rationals first) and must equal the Swift program's.
 *
 * How C is timed, and how that differs from Swift on purpose:
 *   - Results go into PREALLOCATED mpq_t / mpfr_t arrays (c[i]); after the warm-up repetition
 *     their limbs already have the right size, so the C loop does no allocation at all.
 *     The Swift operators return a new value (a new heap box + mpq_init / mpfr_init2) and
 *     release the value they overwrite; that is the honest cost of the wrapper and is included.
 *   - Rows named "...[c-alloc]" are diagnostic: C doing exactly what the Swift operator does
 *     (malloc a result object, init it, compute, clear + free the old one), to separate the cost
 *     of the allocation design from the cost of the Swift language layer.
 *   - Interval multiplication uses the same sign-case algorithm as Interval.* in
 *     Sources/Exact/Interval+Arithmetic.swift; the two temporaries needed when both operands
 *     straddle 0 are preallocated in C (Swift creates two temporary MPFR numbers).
 *   - Clock: clock_gettime(CLOCK_MONOTONIC) around a whole repetition (passes x N operations),
 *     one untimed warm-up repetition first, the best repetition reported, divided by its ops.
 */
#define _POSIX_C_SOURCE 200809L   /* clock_gettime under -std=c11 */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <gmp.h>
#include <mpfr.h>

/* Must match main.swift. */
#define N_PAIRS 4096
#define CHUNK 8             /* accumulate: acc is cleared every CHUNK terms */
#define MOD 2147483647UL    /* checksum modulus 2^31 - 1 */
#define MUL 1000003UL

static int passes_for(const char *name) {
    if (strncmp(name, "q64.", 4) == 0) return 8;
    if (strncmp(name, "q200.", 5) == 0) return 3;
    if (strstr(name, ".exp")) return 1;
    return 40; /* interval mul */
}

/* ---------------- input generation ---------------- */

static uint64_t rng_state = 0x5eed2024cafef00dULL;
static uint64_t splitmix64(void) {
    uint64_t z = (rng_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* A uniformly random nonzero integer of at most `bits` bits. */
static void random_mpz(mpz_t r, int bits) {
    mpz_set_ui(r, 0);
    int words = (bits + 63) / 64;
    for (int w = 0; w < words; w++) {
        mpz_mul_2exp(r, r, 64);
        mpz_add_ui(r, r, splitmix64());   /* unsigned long is 64-bit on LP64 Linux */
    }
    mpz_fdiv_r_2exp(r, r, (mp_bitcnt_t)bits);
    if (mpz_sgn(r) == 0) mpz_set_ui(r, 1);
}

static void random_rational(mpq_t q, int bits, int allow_negative) {
    random_mpz(mpq_numref(q), bits);
    random_mpz(mpq_denref(q), bits);
    if (allow_negative && (splitmix64() & 1)) mpz_neg(mpq_numref(q), mpq_numref(q));
    mpq_canonicalize(q);
}

static void print_q(FILE *f, mpq_t q) { mpq_out_str(f, 10, q); }

/* An interval [lo, hi] with |lo|, |hi| < 4 and width < 2^-9; one in eight straddles 0. */
static void random_interval(mpq_t lo, mpq_t hi) {
    mpq_t w; mpq_init(w);
    /* lo = m / d with |m| < 2^62 and 2^60 <= d < 2^61, so |lo| < 4; w = m' / d', m' < 2^50 */
    mpz_t m, d; mpz_init(m); mpz_init(d);
    random_mpz(m, 62); if (splitmix64() & 1) mpz_neg(m, m);
    random_mpz(d, 60); mpz_setbit(d, 60);
    mpz_set(mpq_numref(lo), m); mpz_set(mpq_denref(lo), d); mpq_canonicalize(lo);
    random_mpz(m, 50); random_mpz(d, 60); mpz_setbit(d, 60);
    mpz_set(mpq_numref(w), m); mpz_set(mpq_denref(w), d); mpq_canonicalize(w);
    if ((splitmix64() & 7) == 0) {          /* straddle 0: [-w, w'] */
        mpq_neg(lo, w);
        random_mpz(m, 50); mpz_set(mpq_numref(w), m); mpq_canonicalize(w);
        mpq_set(hi, w);
    } else {
        mpq_add(hi, lo, w);
    }
    mpz_clear(m); mpz_clear(d); mpq_clear(w);
}

static int generate(const char *path) {
    FILE *f = fopen(path, "w");
    if (!f) { perror(path); return 1; }
    mpq_t a, b, c, d; mpq_init(a); mpq_init(b); mpq_init(c); mpq_init(d);
    fprintf(f, "qbounds-arith-inputs 1\n");
    const int sizes[2] = {64, 200};
    for (int s = 0; s < 2; s++) {
        fprintf(f, "rational%d %d\n", sizes[s], N_PAIRS);
        for (int i = 0; i < N_PAIRS; i++) {
            random_rational(a, sizes[s], 1); random_rational(b, sizes[s], 1);
            print_q(f, a); fputc(' ', f); print_q(f, b); fputc('\n', f);
        }
    }
    fprintf(f, "interval %d\n", N_PAIRS);
    for (int i = 0; i < N_PAIRS; i++) {
        random_interval(a, b); random_interval(c, d);
        print_q(f, a); fputc(' ', f); print_q(f, b); fputc(' ', f);
        print_q(f, c); fputc(' ', f); print_q(f, d); fputc('\n', f);
    }
    mpq_clear(a); mpq_clear(b); mpq_clear(c); mpq_clear(d);
    return fclose(f) != 0;
}

/* ---------------- input reading ---------------- */

static mpq_t qa[2][N_PAIRS], qb[2][N_PAIRS];          /* rational64, rational200 */
static mpq_t ia_lo[N_PAIRS], ia_hi[N_PAIRS], ib_lo[N_PAIRS], ib_hi[N_PAIRS];

static void read_q(FILE *f, mpq_t q) {
    char buf[4096];
    if (fscanf(f, "%4095s", buf) != 1 || mpq_set_str(q, buf, 10) != 0) {
        fprintf(stderr, "arith_bench: malformed input\n"); exit(2);
    }
    mpq_canonicalize(q);
}

static void expect_header(FILE *f, const char *want) {
    char name[64]; int n;
    if (fscanf(f, "%63s %d", name, &n) != 2 || strcmp(name, want) != 0 || n != N_PAIRS) {
        fprintf(stderr, "arith_bench: expected section %s %d\n", want, N_PAIRS); exit(2);
    }
}

static void read_inputs(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); exit(2); }
    char magic[64]; int version;
    if (fscanf(f, "%63s %d", magic, &version) != 2 || strcmp(magic, "qbounds-arith-inputs") != 0) {
        fprintf(stderr, "arith_bench: not an input file\n"); exit(2);
    }
    const char *names[2] = {"rational64", "rational200"};
    for (int s = 0; s < 2; s++) {
        expect_header(f, names[s]);
        for (int i = 0; i < N_PAIRS; i++) {
            mpq_init(qa[s][i]); mpq_init(qb[s][i]);
            read_q(f, qa[s][i]); read_q(f, qb[s][i]);
        }
    }
    expect_header(f, "interval");
    for (int i = 0; i < N_PAIRS; i++) {
        mpq_init(ia_lo[i]); mpq_init(ia_hi[i]); mpq_init(ib_lo[i]); mpq_init(ib_hi[i]);
        read_q(f, ia_lo[i]); read_q(f, ia_hi[i]); read_q(f, ib_lo[i]); read_q(f, ib_hi[i]);
    }
    fclose(f);
}

/* ---------------- checksums ---------------- */

static uint64_t fold(uint64_t h, uint64_t v) { return (h * MUL + v) % MOD; }
static uint64_t fold_q(uint64_t h, const mpq_t q) {
    h = fold(h, mpz_fdiv_ui(mpq_numref(q), MOD));
    return fold(h, mpz_fdiv_ui(mpq_denref(q), MOD));
}
static uint64_t fold_fr(uint64_t h, mpfr_srcptr x) {
    mpq_t q; mpq_init(q); mpfr_get_q(q, x); h = fold_q(h, q); mpq_clear(q); return h;
}

/* ---------------- timing ---------------- */

static double now_ns(void) {
    struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int reps = 5;
static const char *filter = NULL;

/* FILTER: a substring of the op name, or "=name" for exactly that op. */
static int selected(const char *name) {
    if (!filter) return 1;
    if (filter[0] == '=') return strcmp(name, filter + 1) == 0;
    return strstr(name, filter) != NULL;
}

static void report(const char *name, double best_ns, long ops, uint64_t checksum) {
    printf("%s\t%.2f\t%llu\t%ld\n", name, best_ns / (double)ops, (unsigned long long)checksum, ops);
    fflush(stdout);
}

/* Runs body (a whole repetition) reps+1 times, the first untimed; `setup` runs untimed before each. */
#define BENCH(NAME, SETUP, BODY, CHECK) do {                                            \
    const char *name_ = (NAME);                                                         \
    if (selected(name_)) {                                                              \
        int passes = passes_for(name_);                                                 \
        double best = 1e300;                                                            \
        for (int rep = 0; rep <= reps; rep++) {                                         \
            SETUP;                                                                      \
            double t0 = now_ns();                                                       \
            for (int pass = 0; pass < passes; pass++) { BODY; }                         \
            double t1 = now_ns();                                                       \
            if (rep > 0 && t1 - t0 < best) best = t1 - t0;                              \
        }                                                                               \
        uint64_t h = 0; CHECK;                                                          \
        report(name_, best, (long)passes * N_PAIRS, h);                                 \
    }                                                                                   \
} while (0)

/* ---------------- interval multiplication (same algorithm as Interval.*) ---------------- */

static mpfr_t tmp_t, tmp_s;

static void interval_mul(mpfr_ptr l, mpfr_ptr h, mpfr_srcptr al, mpfr_srcptr ah,
                         mpfr_srcptr bl, mpfr_srcptr bh) {
    int sal = mpfr_sgn(al), sah = mpfr_sgn(ah), sbl = mpfr_sgn(bl), sbh = mpfr_sgn(bh);
    const mpfr_rnd_t d = MPFR_RNDD, u = MPFR_RNDU;
    if (sal >= 0) {
        if (sbl >= 0) { mpfr_mul(l, al, bl, d); mpfr_mul(h, ah, bh, u); }
        else if (sbh <= 0) { mpfr_mul(l, ah, bl, d); mpfr_mul(h, al, bh, u); }
        else { mpfr_mul(l, ah, bl, d); mpfr_mul(h, ah, bh, u); }
    } else if (sah <= 0) {
        if (sbl >= 0) { mpfr_mul(l, al, bh, d); mpfr_mul(h, ah, bl, u); }
        else if (sbh <= 0) { mpfr_mul(l, ah, bh, d); mpfr_mul(h, al, bl, u); }
        else { mpfr_mul(l, al, bh, d); mpfr_mul(h, al, bl, u); }
    } else {
        if (sbl >= 0) { mpfr_mul(l, al, bh, d); mpfr_mul(h, ah, bh, u); }
        else if (sbh <= 0) { mpfr_mul(l, ah, bl, d); mpfr_mul(h, al, bl, u); }
        else {
            mpfr_mul(l, al, bh, d); mpfr_mul(tmp_t, ah, bl, d); mpfr_min(l, l, tmp_t, d);
            mpfr_mul(h, al, bl, u); mpfr_mul(tmp_s, ah, bh, u); mpfr_max(h, h, tmp_s, u);
        }
    }
}

/* Result object allocated per operation, like Swift's ManagedBuffer box. */
typedef struct { __mpq_struct q; } qbox;
typedef struct { __mpfr_struct x; } frbox;

/* The timed loops. Each is a separate non-inlined function whose name starts with loop_, so
 * that `valgrind --tool=callgrind --toggle-collect='loop_*'` counts exactly the timed work
 * (run-arithmetic.sh --instructions); the Swift loops are likewise the functions *Loop*. */
#define NOINLINE __attribute__((noinline))
typedef mpq_t *qvec;

NOINLINE static void loop_q_add(qvec c, qvec a, qvec b) { for (int i = 0; i < N_PAIRS; i++) mpq_add(c[i], a[i], b[i]); }
NOINLINE static void loop_q_mul(qvec c, qvec a, qvec b) { for (int i = 0; i < N_PAIRS; i++) mpq_mul(c[i], a[i], b[i]); }
NOINLINE static void loop_q_div(qvec c, qvec a, qvec b) { for (int i = 0; i < N_PAIRS; i++) mpq_div(c[i], a[i], b[i]); }
NOINLINE static void loop_q_addassign(qvec c, qvec b) { for (int i = 0; i < N_PAIRS; i++) mpq_add(c[i], c[i], b[i]); }
/* acc += a[i], with acc cleared (acc *= 0) every CHUNK terms. */
static mpq_t acc, zero;
NOINLINE static void loop_q_accumulate(qvec a) {
    for (int i = 0; i < N_PAIRS; i += CHUNK) {
        mpq_mul(acc, acc, zero);
        for (int j = i; j < i + CHUNK; j++) mpq_add(acc, acc, a[j]);
    }
}
/* The same computation, folding each chunk sum into the checksum (untimed; not named loop_). */
static uint64_t checksum_accumulate(qvec a) {
    uint64_t h = 0;
    for (int i = 0; i < N_PAIRS; i += CHUNK) {
        mpq_mul(acc, acc, zero);
        for (int j = i; j < i + CHUNK; j++) mpq_add(acc, acc, a[j]);
        h = fold_q(h, acc);
    }
    return h;
}
/* What the Swift operators do: a fresh result object (malloc + init) per operation, and the
 * previous result in that slot cleared and freed. */
#define ALLOC_LOOP(NAME, CALL)                                                        \
    NOINLINE static void NAME(qbox **cb, qvec a, qvec b) {                           \
        for (int i = 0; i < N_PAIRS; i++) {                                           \
            qbox *r = malloc(sizeof(qbox)); mpq_init(&r->q); CALL(&r->q, a[i], b[i]); \
            mpq_clear(&cb[i]->q); free(cb[i]); cb[i] = r;                             \
        }                                                                             \
    }
ALLOC_LOOP(loop_q_add_alloc, mpq_add)
ALLOC_LOOP(loop_q_mul_alloc, mpq_mul)
ALLOC_LOOP(loop_q_div_alloc, mpq_div)

typedef mpfr_t *frvec;
NOINLINE static void loop_iv_mul(frvec cl, frvec ch, frvec al, frvec ah, frvec bl, frvec bh) {
    for (int i = 0; i < N_PAIRS; i++) interval_mul(cl[i], ch[i], al[i], ah[i], bl[i], bh[i]);
}
NOINLINE static void loop_iv_exp(frvec cl, frvec ch, frvec al, frvec ah) {
    for (int i = 0; i < N_PAIRS; i++) { mpfr_exp(cl[i], al[i], MPFR_RNDD); mpfr_exp(ch[i], ah[i], MPFR_RNDU); }
}
NOINLINE static void loop_iv_mul_alloc(frbox **cl, frbox **ch, frvec al, frvec ah, frvec bl, frvec bh, int prec) {
    for (int i = 0; i < N_PAIRS; i++) {
        frbox *l = malloc(sizeof(frbox)); frbox *u = malloc(sizeof(frbox));
        mpfr_init2(&l->x, prec); mpfr_init2(&u->x, prec);
        interval_mul(&l->x, &u->x, al[i], ah[i], bl[i], bh[i]);
        mpfr_clear(&cl[i]->x); free(cl[i]); mpfr_clear(&ch[i]->x); free(ch[i]);
        cl[i] = l; ch[i] = u;
    }
}

static void run_rational(int s, const char *tag) {
    char name[64];
    mpq_t *a = qa[s], *b = qb[s];
    static mpq_t c[N_PAIRS];
    static qbox *cb[N_PAIRS];
    for (int i = 0; i < N_PAIRS; i++) { mpq_init(c[i]); cb[i] = malloc(sizeof(qbox)); mpq_init(&cb[i]->q); }
    mpq_init(acc); mpq_init(zero);

#define FOLD_C  for (int i = 0; i < N_PAIRS; i++) h = fold_q(h, c[i])
#define FOLD_CB for (int i = 0; i < N_PAIRS; i++) h = fold_q(h, &cb[i]->q)

    snprintf(name, sizeof name, "%s.add", tag);
    BENCH(name, (void)0, loop_q_add(c, a, b), FOLD_C);
    snprintf(name, sizeof name, "%s.mul", tag);
    BENCH(name, (void)0, loop_q_mul(c, a, b), FOLD_C);
    snprintf(name, sizeof name, "%s.div", tag);
    BENCH(name, (void)0, loop_q_div(c, a, b), FOLD_C);
    /* c[i] += b[i], c reset to a (untimed) before each repetition. */
    snprintf(name, sizeof name, "%s.addassign", tag);
    BENCH(name, for (int i = 0; i < N_PAIRS; i++) mpq_set(c[i], a[i]), loop_q_addassign(c, b), FOLD_C);
    snprintf(name, sizeof name, "%s.accumulate", tag);
    BENCH(name, (void)0, loop_q_accumulate(a), h = checksum_accumulate(a));
    /* Diagnostics: C allocating a fresh result object per operation, as the Swift operators do. */
    snprintf(name, sizeof name, "%s.add[c-alloc]", tag);
    BENCH(name, (void)0, loop_q_add_alloc(cb, a, b), FOLD_CB);
    snprintf(name, sizeof name, "%s.mul[c-alloc]", tag);
    BENCH(name, (void)0, loop_q_mul_alloc(cb, a, b), FOLD_CB);
    snprintf(name, sizeof name, "%s.div[c-alloc]", tag);
    BENCH(name, (void)0, loop_q_div_alloc(cb, a, b), FOLD_CB);

    for (int i = 0; i < N_PAIRS; i++) { mpq_clear(c[i]); mpq_clear(&cb[i]->q); free(cb[i]); }
    mpq_clear(acc); mpq_clear(zero);
}

static void run_interval(int prec) {
    char name[64];
    static mpfr_t al[N_PAIRS], ah[N_PAIRS], bl[N_PAIRS], bh[N_PAIRS], cl[N_PAIRS], ch[N_PAIRS];
    static frbox *dl[N_PAIRS], *dh[N_PAIRS];
    for (int i = 0; i < N_PAIRS; i++) {
        mpfr_inits2(prec, al[i], ah[i], bl[i], bh[i], cl[i], ch[i], (mpfr_ptr)0);
        mpfr_set_q(al[i], ia_lo[i], MPFR_RNDD); mpfr_set_q(ah[i], ia_hi[i], MPFR_RNDU);
        mpfr_set_q(bl[i], ib_lo[i], MPFR_RNDD); mpfr_set_q(bh[i], ib_hi[i], MPFR_RNDU);
        dl[i] = malloc(sizeof(frbox)); dh[i] = malloc(sizeof(frbox));
        mpfr_init2(&dl[i]->x, prec); mpfr_init2(&dh[i]->x, prec);
    }
    mpfr_init2(tmp_t, prec); mpfr_init2(tmp_s, prec);

#define FOLD_IV for (int i = 0; i < N_PAIRS; i++) { h = fold_fr(h, cl[i]); h = fold_fr(h, ch[i]); }
#define FOLD_IVD for (int i = 0; i < N_PAIRS; i++) { h = fold_fr(h, &dl[i]->x); h = fold_fr(h, &dh[i]->x); }

    snprintf(name, sizeof name, "iv%d.mul", prec);
    BENCH(name, (void)0, loop_iv_mul(cl, ch, al, ah, bl, bh), FOLD_IV);
    snprintf(name, sizeof name, "iv%d.exp", prec);
    BENCH(name, (void)0, loop_iv_exp(cl, ch, al, ah), FOLD_IV);
    /* Diagnostic: allocate both result endpoints per operation (2 objects + 2 limb arrays), as Swift does. */
    snprintf(name, sizeof name, "iv%d.mul[c-alloc]", prec);
    BENCH(name, (void)0, loop_iv_mul_alloc(dl, dh, al, ah, bl, bh, prec), FOLD_IVD);

    for (int i = 0; i < N_PAIRS; i++) {
        mpfr_clears(al[i], ah[i], bl[i], bh[i], cl[i], ch[i], (mpfr_ptr)0);
        mpfr_clear(&dl[i]->x); mpfr_clear(&dh[i]->x); free(dl[i]); free(dh[i]);
    }
    mpfr_clear(tmp_t); mpfr_clear(tmp_s);
}

int main(int argc, char **argv) {
    if (argc >= 3 && strcmp(argv[1], "gen") == 0) return generate(argv[2]);
    if (argc < 3 || strcmp(argv[1], "run") != 0) {
        fprintf(stderr, "usage: %s gen FILE | run FILE [REPS [FILTER]]\n", argv[0]);
        return 2;
    }
    if (argc >= 4) reps = atoi(argv[3]);
    if (argc >= 5) filter = argv[4];
    if (reps < 1) reps = 1;
    read_inputs(argv[2]);
    run_rational(0, "q64");
    run_rational(1, "q200");
    run_interval(128);
    run_interval(256);
    for (int s = 0; s < 2; s++) for (int i = 0; i < N_PAIRS; i++) { mpq_clear(qa[s][i]); mpq_clear(qb[s][i]); }
    for (int i = 0; i < N_PAIRS; i++) { mpq_clear(ia_lo[i]); mpq_clear(ia_hi[i]); mpq_clear(ib_lo[i]); mpq_clear(ib_hi[i]); }
    mpfr_free_cache();
    return 0;
}
