"""The itnews spaCy components; importing this package registers their factories.

Each is also registered through the ``spacy_factories`` entry points, so ``nlp.add_pipe("itnews_money")``
works in any spaCy pipeline once itnews is installed.
"""

from __future__ import annotations

from pipeline.components.dates import make_dates
from pipeline.components.lemmas import make_lemmatizer
from pipeline.components.money import make_money
from pipeline.components.organizations import make_organizations
from pipeline.components.terms import make_terms

__all__ = ["make_dates", "make_lemmatizer", "make_money", "make_organizations", "make_terms"]
