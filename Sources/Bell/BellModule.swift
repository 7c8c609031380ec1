/// Bell inequalities and nonlocal games (THEOREMS.md §3). Placeholder until the Bell issue lands.
public enum BellModule {}
