/// Carleman linearization (THEOREMS.md §1–2).
public enum CarlemanModule {}
