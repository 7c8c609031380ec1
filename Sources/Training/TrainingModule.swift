/// Gradient-descent training, Hessian spectra (LAPACK) and the error proxy of the discrete
/// Carleman scheme (THEOREMS.md `discrete.error-proxy`). Placeholder until the issue lands.
public enum TrainingModule {}
