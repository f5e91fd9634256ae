#!/usr/bin/env sh
# `make bench`: the side-by-side benchmark (pipeline/benchmark.py) on a generated folder.
# Settings by environment: WORDS (default 1000000), REPEATS (3), OUT (out/bench.json), SCALING (e.g.
# 1,2,4,8,16), PYTHON (.venv/bin/python). Extra arguments go to `itnews bench` (e.g. --corpus DIR).
set -eu
cd "$(dirname "$0")/../.."
set -- --words "${WORDS:-1000000}" --repeats "${REPEATS:-3}" -o "${OUT:-out/bench.json}" \
    ${SCALING:+--scaling "$SCALING"} "$@"
exec "${PYTHON:-.venv/bin/python}" -W ignore -m pipeline bench "$@"
