/*
 * _ExactShims — static inline wrappers that let Swift call GMP and MPFR.
 *
 * gmp.h spells most of its API as macros (`#define mpq_add __gmpq_add`) and some as
 * function-like macros (`mpq_numref`, `mpz_sgn`) that Swift cannot import. Every wrapper here
 * is a one-line forward; clang inlines them into the Swift caller.
 *
 * Nothing here touches global state: no mp_set_memory_functions, no mpfr_set_default_prec,
 * no mpfr_set_emin/emax. Precision and rounding are always passed explicitly.
 *
 * Guards: GMP raises SIGFPE on division by zero. The wrappers whose names end in `_checked`
 * return a nonzero status instead of calling GMP when the divisor is zero; the Swift layer turns
 * that status into a thrown error.
 */
#ifndef QBOUNDS_EXACT_SHIMS_H
#define QBOUNDS_EXACT_SHIMS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gmp.h>
#include <mpfr.h>

/* ---------- mpz ---------- */
static inline void qb_mpz_init(mpz_ptr z) { mpz_init(z); }
static inline void qb_mpz_clear(mpz_ptr z) { mpz_clear(z); }
static inline void qb_mpz_set(mpz_ptr r, mpz_srcptr a) { mpz_set(r, a); }
static inline void qb_mpz_set_si(mpz_ptr r, long v) { mpz_set_si(r, v); }
static inline void qb_mpz_set_ui(mpz_ptr r, unsigned long v) { mpz_set_ui(r, v); }
static inline int  qb_mpz_set_str(mpz_ptr r, const char *s, int base) { return mpz_set_str(r, s, base); }
static inline void qb_mpz_add(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_add(r, a, b); }
static inline void qb_mpz_sub(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_sub(r, a, b); }
static inline void qb_mpz_mul(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_mul(r, a, b); }
static inline void qb_mpz_mul_si(mpz_ptr r, mpz_srcptr a, long b) { mpz_mul_si(r, a, b); }
static inline void qb_mpz_addmul(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_addmul(r, a, b); }
static inline void qb_mpz_submul(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_submul(r, a, b); }
static inline void qb_mpz_neg(mpz_ptr r, mpz_srcptr a) { mpz_neg(r, a); }
static inline void qb_mpz_abs(mpz_ptr r, mpz_srcptr a) { mpz_abs(r, a); }
static inline void qb_mpz_mul_2exp(mpz_ptr r, mpz_srcptr a, unsigned long e) { mpz_mul_2exp(r, a, e); }
static inline void qb_mpz_pow_ui(mpz_ptr r, mpz_srcptr a, unsigned long e) { mpz_pow_ui(r, a, e); }
static inline void qb_mpz_gcd(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_gcd(r, a, b); }
static inline void qb_mpz_lcm(mpz_ptr r, mpz_srcptr a, mpz_srcptr b) { mpz_lcm(r, a, b); }
/* Truncated division (quotient rounds toward zero, like Swift's Int). Returns 1 if d == 0. */
static inline int qb_mpz_tdiv_qr_checked(mpz_ptr q, mpz_ptr r, mpz_srcptr n, mpz_srcptr d) {
    if (mpz_sgn(d) == 0) return 1; mpz_tdiv_qr(q, r, n, d); return 0; }
/* Floor division. Returns 1 if d == 0. */
static inline int qb_mpz_fdiv_qr_checked(mpz_ptr q, mpz_ptr r, mpz_srcptr n, mpz_srcptr d) {
    if (mpz_sgn(d) == 0) return 1; mpz_fdiv_qr(q, r, n, d); return 0; }
/* Exact division (d must divide n). Returns 1 if d == 0. */
static inline int qb_mpz_divexact_checked(mpz_ptr q, mpz_srcptr n, mpz_srcptr d) {
    if (mpz_sgn(d) == 0) return 1; mpz_divexact(q, n, d); return 0; }
static inline unsigned long qb_mpz_fdiv_ui(mpz_srcptr n, unsigned long d) { return mpz_fdiv_ui(n, d); }
static inline int  qb_mpz_cmp(mpz_srcptr a, mpz_srcptr b) { return mpz_cmp(a, b); }
static inline int  qb_mpz_cmp_si(mpz_srcptr a, long b) { return mpz_cmp_si(a, b); }
static inline int  qb_mpz_sgn(mpz_srcptr a) { return mpz_sgn(a); }
static inline int  qb_mpz_fits_slong_p(mpz_srcptr a) { return mpz_fits_slong_p(a); }
static inline long qb_mpz_get_si(mpz_srcptr a) { return mpz_get_si(a); }
static inline size_t qb_mpz_sizeinbase(mpz_srcptr a, int base) { return mpz_sizeinbase(a, base); }
/* r = the nonnegative integer whose 64-bit limbs, least significant first, are words[0..<count). */
static inline void qb_mpz_import_u64(mpz_ptr r, size_t count, const unsigned long long *words) {
    mpz_import(r, count, -1, sizeof(unsigned long long), 0, 0, words);
}
static inline int  qb_mpz_size(mpz_srcptr a) { return a->_mp_size; }
static inline mp_limb_t qb_mpz_limb(mpz_srcptr a, int i) { return a->_mp_d[i]; }
static inline void qb_mpz_swap(mpz_ptr a, mpz_ptr b) { mpz_swap(a, b); }
static inline double qb_mpz_get_d(mpz_srcptr a) { return mpz_get_d(a); }
/* Returns a malloc'd string through GMP's allocator; free with qb_gmp_free_str. */
static inline char *qb_mpz_get_str(int base, mpz_srcptr a) { return mpz_get_str(NULL, base, a); }
static inline void qb_gmp_free_str(char *s) {
    void (*freefunc)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freefunc);
    freefunc(s, strlen(s) + 1);
}

/* ---------- mpq ---------- */
static inline void qb_mpq_init(mpq_ptr q) { mpq_init(q); }
static inline void qb_mpq_clear(mpq_ptr q) { mpq_clear(q); }
static inline void qb_mpq_set(mpq_ptr r, mpq_srcptr a) { mpq_set(r, a); }
static inline void qb_mpq_set_z(mpq_ptr r, mpz_srcptr a) { mpq_set_z(r, a); }
static inline void qb_mpq_set_si(mpq_ptr r, long n) { mpq_set_si(r, n, 1); }
/* r = n / d in lowest terms. Returns 1 (and leaves r alone) if d == 0. */
static inline int qb_mpq_set_frac_checked(mpq_ptr r, mpz_srcptr n, mpz_srcptr d) {
    if (mpz_sgn(d) == 0) return 1;
    mpz_set(mpq_numref(r), n); mpz_set(mpq_denref(r), d); mpq_canonicalize(r); return 0; }
static inline mpz_srcptr qb_mpq_numref(mpq_srcptr a) { return mpq_numref(a); }
static inline mpz_srcptr qb_mpq_denref(mpq_srcptr a) { return mpq_denref(a); }
static inline void qb_mpq_add(mpq_ptr r, mpq_srcptr a, mpq_srcptr b) { mpq_add(r, a, b); }
static inline void qb_mpq_sub(mpq_ptr r, mpq_srcptr a, mpq_srcptr b) { mpq_sub(r, a, b); }
static inline void qb_mpq_mul(mpq_ptr r, mpq_srcptr a, mpq_srcptr b) { mpq_mul(r, a, b); }
static inline int qb_mpq_div_checked(mpq_ptr r, mpq_srcptr a, mpq_srcptr b) {
    if (mpq_sgn(b) == 0) return 1; mpq_div(r, a, b); return 0; }
static inline int qb_mpq_inv_checked(mpq_ptr r, mpq_srcptr a) {
    if (mpq_sgn(a) == 0) return 1; mpq_inv(r, a); return 0; }
static inline void qb_mpq_neg(mpq_ptr r, mpq_srcptr a) { mpq_neg(r, a); }
static inline void qb_mpq_abs(mpq_ptr r, mpq_srcptr a) { mpq_abs(r, a); }
static inline void qb_mpq_mul_2exp(mpq_ptr r, mpq_srcptr a, unsigned long e) { mpq_mul_2exp(r, a, e); }
static inline void qb_mpq_div_2exp(mpq_ptr r, mpq_srcptr a, unsigned long e) { mpq_div_2exp(r, a, e); }
static inline int  qb_mpq_cmp(mpq_srcptr a, mpq_srcptr b) { return mpq_cmp(a, b); }
static inline int  qb_mpq_equal(mpq_srcptr a, mpq_srcptr b) { return mpq_equal(a, b); }
static inline int  qb_mpq_sgn(mpq_srcptr a) { return mpq_sgn(a); }
/* Exact: every finite double is a dyadic rational. The caller rejects NaN and infinities. */
static inline void qb_mpq_set_d(mpq_ptr r, double d) { mpq_set_d(r, d); }

/* ---------- mpfr ---------- */
static inline void qb_mpfr_init2(mpfr_ptr x, long prec) { mpfr_init2(x, (mpfr_prec_t)prec); }
static inline void qb_mpfr_clear(mpfr_ptr x) { mpfr_clear(x); }
static inline long qb_mpfr_get_prec(mpfr_srcptr x) { return (long)mpfr_get_prec(x); }
static inline int qb_mpfr_set(mpfr_ptr r, mpfr_srcptr a, mpfr_rnd_t m) { return mpfr_set(r, a, m); }
static inline int qb_mpfr_set_q(mpfr_ptr r, mpq_srcptr q, mpfr_rnd_t m) { return mpfr_set_q(r, q, m); }
static inline int qb_mpfr_set_z(mpfr_ptr r, mpz_srcptr z, mpfr_rnd_t m) { return mpfr_set_z(r, z, m); }
static inline int qb_mpfr_set_si(mpfr_ptr r, long v, mpfr_rnd_t m) { return mpfr_set_si(r, v, m); }
static inline int qb_mpfr_set_d(mpfr_ptr r, double v, mpfr_rnd_t m) { return mpfr_set_d(r, v, m); }
static inline void qb_mpfr_set_inf(mpfr_ptr r, int sign) { mpfr_set_inf(r, sign); }
static inline void qb_mpfr_set_zero(mpfr_ptr r, int sign) { mpfr_set_zero(r, sign); }
/* Exact: a finite MPFR number is a dyadic rational. Returns 1 for NaN/inf. */
static inline int qb_mpfr_get_q_checked(mpq_ptr q, mpfr_srcptr x) {
    if (!mpfr_number_p(x)) return 1; mpfr_get_q(q, x); return 0; }
static inline double qb_mpfr_get_d(mpfr_srcptr x, mpfr_rnd_t m) { return mpfr_get_d(x, m); }
static inline int qb_mpfr_add(mpfr_ptr r, mpfr_srcptr a, mpfr_srcptr b, mpfr_rnd_t m) { return mpfr_add(r, a, b, m); }
static inline int qb_mpfr_sub(mpfr_ptr r, mpfr_srcptr a, mpfr_srcptr b, mpfr_rnd_t m) { return mpfr_sub(r, a, b, m); }
static inline int qb_mpfr_mul(mpfr_ptr r, mpfr_srcptr a, mpfr_srcptr b, mpfr_rnd_t m) { return mpfr_mul(r, a, b, m); }
static inline int qb_mpfr_div(mpfr_ptr r, mpfr_srcptr a, mpfr_srcptr b, mpfr_rnd_t m) { return mpfr_div(r, a, b, m); }
static inline int qb_mpfr_sqrt(mpfr_ptr r, mpfr_srcptr a, mpfr_rnd_t m) { return mpfr_sqrt(r, a, m); }
static inline int qb_mpfr_exp(mpfr_ptr r, mpfr_srcptr a, mpfr_rnd_t m) { return mpfr_exp(r, a, m); }
static inline int qb_mpfr_log(mpfr_ptr r, mpfr_srcptr a, mpfr_rnd_t m) { return mpfr_log(r, a, m); }
static inline int qb_mpfr_sin(mpfr_ptr r, mpfr_srcptr a, mpfr_rnd_t m) { return mpfr_sin(r, a, m); }
static inline int qb_mpfr_cos(mpfr_ptr r, mpfr_srcptr a, mpfr_rnd_t m) { return mpfr_cos(r, a, m); }
static inline int qb_mpfr_const_pi(mpfr_ptr r, mpfr_rnd_t m) { return mpfr_const_pi(r, m); }
static inline int qb_mpfr_pow_ui(mpfr_ptr r, mpfr_srcptr a, unsigned long e, mpfr_rnd_t m) { return mpfr_pow_ui(r, a, e, m); }
static inline int qb_mpfr_rootn_ui(mpfr_ptr r, mpfr_srcptr a, unsigned long k, mpfr_rnd_t m) { return mpfr_rootn_ui(r, a, k, m); }
static inline int qb_mpfr_neg(mpfr_ptr r, mpfr_srcptr a, mpfr_rnd_t m) { return mpfr_neg(r, a, m); }
static inline int qb_mpfr_cmp(mpfr_srcptr a, mpfr_srcptr b) { return mpfr_cmp(a, b); }
static inline int qb_mpfr_cmp_si(mpfr_srcptr a, long b) { return mpfr_cmp_si(a, b); }
static inline int qb_mpfr_sgn(mpfr_srcptr a) { return mpfr_sgn(a); }
static inline int qb_mpfr_nan_p(mpfr_srcptr a) { return mpfr_nan_p(a); }
static inline int qb_mpfr_inf_p(mpfr_srcptr a) { return mpfr_inf_p(a); }
static inline int qb_mpfr_number_p(mpfr_srcptr a) { return mpfr_number_p(a); }
static inline int qb_mpfr_zero_p(mpfr_srcptr a) { return mpfr_zero_p(a); }
static inline int qb_mpfr_min(mpfr_ptr r, mpfr_srcptr a, mpfr_srcptr b, mpfr_rnd_t m) { return mpfr_min(r, a, b, m); }
static inline int qb_mpfr_max(mpfr_ptr r, mpfr_srcptr a, mpfr_srcptr b, mpfr_rnd_t m) { return mpfr_max(r, a, b, m); }
static inline int qb_mpfr_mul_2si(mpfr_ptr r, mpfr_srcptr a, long e, mpfr_rnd_t m) { return mpfr_mul_2si(r, a, e, m); }
static inline long qb_mpfr_get_exp(mpfr_srcptr a) { return (long)mpfr_get_exp(a); }
/* Decimal digits of x rounded with m: returns the digit string (free with qb_mpfr_free_str)
   and stores the exponent e such that x ≈ 0.d1d2d3… × 10^e. */
static inline char *qb_mpfr_get_str(long *exp, int ndigits, mpfr_srcptr x, mpfr_rnd_t m) {
    mpfr_exp_t e = 0; char *s = mpfr_get_str(NULL, &e, 10, (size_t)ndigits, x, m); *exp = (long)e; return s; }
static inline void qb_mpfr_free_str(char *s) { mpfr_free_str(s); }
static inline long qb_mpfr_prec_min(void) { return (long)MPFR_PREC_MIN; }
static inline long qb_mpfr_prec_max(void) { return (long)MPFR_PREC_MAX; }
static inline mpfr_rnd_t qb_rndd(void) { return MPFR_RNDD; }
static inline mpfr_rnd_t qb_rndu(void) { return MPFR_RNDU; }
static inline mpfr_rnd_t qb_rndn(void) { return MPFR_RNDN; }

/* Custom-allocated MPFR numbers (significand inside a caller-owned block; never mpfr_clear'ed). */
static inline size_t qb_mpfr_custom_limbs(long prec) { return (mpfr_custom_get_size((mpfr_prec_t)prec) + sizeof(mp_limb_t) - 1) / sizeof(mp_limb_t); }
static inline void qb_mpfr_custom_init_nan(mpfr_ptr x, long prec, mp_limb_t *limbs) {
    mpfr_custom_init(limbs, (mpfr_prec_t)prec);
    mpfr_custom_init_set(x, MPFR_NAN_KIND, 0, (mpfr_prec_t)prec, limbs); }
#endif
