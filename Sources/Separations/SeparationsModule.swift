/// Memory and communication separations (THEOREMS.md §4). Placeholder until the separations issue lands.
public enum SeparationsModule {}
