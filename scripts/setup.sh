#!/usr/bin/env bash
# Installs the C libraries QBounds links against (GMP, MPFR, LAPACKE over OpenBLAS, pkg-config)
# when they are missing.
# Debian/Ubuntu: apt-get (as root, or through sudo). Elsewhere it says what to install.
set -euo pipefail


if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists gmp mpfr lapacke 2>/dev/null; then
    exit 0
fi

packages="libgmp-dev libmpfr-dev liblapacke-dev libopenblas-dev pkg-config"
if command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        echo "QBounds needs: $packages (run as root: apt-get install -y $packages)" >&2; exit 2
    fi
    echo "Installing $packages ..." >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $packages >/dev/null
elif command -v brew >/dev/null 2>&1; then
    brew install gmp mpfr lapack pkg-config
else
    echo "QBounds needs GMP, MPFR and LAPACKE development files and pkg-config (Debian: $packages)." >&2
    exit 2
fi
pkg-config --exists gmp mpfr lapacke || { echo "pkg-config still cannot find gmp, mpfr and lapacke" >&2; exit 2; }
