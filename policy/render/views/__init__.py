"""Plain view data for the templates, built from the model: one module per page.

Templates never see a live model or engine object: everything they print is a string, a
number, or a small frozen dataclass, already put into words (conditions as English clauses
with units, outcomes and review policies as sentences, dates as "17 November 2023",
transactions as "A100 from the United States to China").

* :mod:`~policy.render.views.words`: dates, "a, b or c", linked phrases and clauses,
  outcomes and sources (the pieces every page is written with);
* :mod:`~policy.render.views.links`: each jurisdiction's page and the anchor of everything
  a page links to;
* :mod:`~policy.render.views.conditions`: conditions in English;
* :mod:`~policy.render.views.transactions`: transactions in English;
* one module per page: :mod:`~policy.render.views.index`, :mod:`~policy.render.views.regime`
  (a jurisdiction's page), :mod:`~policy.render.views.vocabulary`,
  :mod:`~policy.render.views.matrix`, :mod:`~policy.render.views.timeline` and
  :mod:`~policy.render.views.findings`.

The package re-exports the names other modules imported from the single ``views`` module it
replaces, and each page's view function and type, so ``from policy.render.views import
regime_view`` keeps working; everything else is imported from its module. The matrix is not
re-exported: it asks the engine for decisions, and importing the other views should not load
the engine.
"""

from __future__ import annotations

from policy.render.views.conditions import condition_clause
from policy.render.views.findings import ReportView, finding_view, report_view
from policy.render.views.index import IndexView, PageLink, index_view
from policy.render.views.links import (
    group_anchor,
    kind_anchor,
    list_anchor,
    parameter_anchor,
    party_anchor,
)
from policy.render.views.regime import RegimeView, regime_view
from policy.render.views.timeline import YearView, timeline_view
from policy.render.views.transactions import TransactionView, params_words, transaction_view
from policy.render.views.vocabulary import VocabularyView, vocabulary_view
from policy.render.views.words import (
    OUTCOMES,
    Clause,
    OutcomeView,
    Segment,
    date_words,
    outcome_view,
)

__all__ = [
    "OUTCOMES",
    "Clause",
    "IndexView",
    "OutcomeView",
    "PageLink",
    "RegimeView",
    "ReportView",
    "Segment",
    "TransactionView",
    "VocabularyView",
    "YearView",
    "condition_clause",
    "date_words",
    "finding_view",
    "group_anchor",
    "index_view",
    "kind_anchor",
    "list_anchor",
    "outcome_view",
    "parameter_anchor",
    "params_words",
    "party_anchor",
    "regime_view",
    "report_view",
    "timeline_view",
    "transaction_view",
    "vocabulary_view",
]
