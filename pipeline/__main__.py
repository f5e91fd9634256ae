"""``python -m pipeline`` runs the ``itnews`` command line."""

from pipeline.cli import main

main()
