#!/bin/sh
# Creates Benchmarks/.venv with toqito and stim (PyPI) for the Bell benchmarks.
set -e
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet toqito stim numpy
.venv/bin/python -c "import toqito, stim; print('toqito', toqito.__version__ if hasattr(toqito, '__version__') else '?', 'stim', stim.__version__)"
