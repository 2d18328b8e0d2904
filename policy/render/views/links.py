"""Where things live in the generated docs: the page of each jurisdiction, the anchor of each
rule, group, list, kind, parameter and party, and links to them.

Every page that points at something links with an anchor from here (and
:func:`regime_href` or :func:`vocabulary_href` for the page it is on), so a link and the
anchor it targets cannot drift apart. Anchors are explicit ``<a id>`` tags written by the
templates (not heading slugs), so a permalink survives a change of title; a rule version's
anchor carries its effective date because one page shows every version of a rule.
"""

from __future__ import annotations

from policy.model.regimes import Regime
from policy.model.rules import Nexus, Rule
from policy.model.world import World
from policy.render.escape import slug

#: The page that holds kinds, parameters, country groups, party lists and parties.
VOCABULARY_PAGE = "vocabulary.md"


def page_of(jurisdiction: str) -> str:
    """The Markdown page of one jurisdiction (``us.md``)."""
    return f"{jurisdiction.lower()}.md"


def regimes_in_page_order(world: World) -> tuple[Regime, ...]:
    """The regimes in the order every page lists them: by jurisdiction code (stable whatever
    order the library defines them in)."""
    return tuple(sorted(world.regimes, key=lambda r: r.jurisdiction))


def rule_anchor(rule_id: str) -> str:
    """The anchor of a rule as a whole (its first version): the permalink findings use."""
    return slug(rule_id)


def rule_version_anchor(rule: Rule) -> str:
    return f"{slug(rule.id)}-{rule.effective.isoformat()}"


def nexus_anchor(nexus: Nexus) -> str:
    return f"reach-{slug(nexus.id)}-{nexus.effective.isoformat()}"


def group_anchor(jurisdiction: str, group_id: str) -> str:
    return f"group-{slug(jurisdiction)}-{slug(group_id)}"


def list_anchor(jurisdiction: str, list_id: str) -> str:
    return f"list-{slug(jurisdiction)}-{slug(list_id)}"


def kind_anchor(kind: str) -> str:
    return f"kind-{slug(kind)}"


def parameter_anchor(name: str) -> str:
    return f"parameter-{slug(name)}"


def party_anchor(party_id: str) -> str:
    return f"party-{slug(party_id)}"


def regime_href(jurisdiction: str, anchor: str) -> str:
    """A link, from any page, to something on a jurisdiction's page (a rule, a rule
    version, a way its law reaches a transaction)."""
    return f"{page_of(jurisdiction)}#{anchor}"


def vocabulary_href(anchor: str, *, page: str = VOCABULARY_PAGE) -> str:
    """A link to something on the vocabulary page (a kind, parameter, group, list or party).
    ``page`` is the vocabulary page as the linking page names it: the Markdown pages link to
    ``vocabulary.md``, the site's search index to ``vocabulary.html``, the vocabulary page
    itself to ``""``."""
    return f"{page}#{anchor}"
