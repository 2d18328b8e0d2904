"""``policy explain CODE``: what a finding code means, an example, and how to fix or accept
it (as ``ruff rule`` does for a lint code).

The code's name, category and one-line description come from the registry (the check or
evasion move that reports it, so a user's own registered check is explained too); the
example and the advice are written here, for the built-in codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from policy.errors import UnknownNameError


@dataclass(frozen=True)
class Advice:
    example: str
    fix: str


#: How to accept a finding that is the law as written (the same for every code).
WAIVE = (
    "If the finding is the law as written, accept it: `policy check --update-baseline` adds it"
    " to policy-baseline.json, where you write the reason (and optionally an owner and an"
    " `expires` date); a baselined finding is counted, not shown, and fails nothing. To skip"
    " the check altogether, run `policy check --select` with the codes you want."
)

_MOVE_FIX = (
    "Decide whether the law really leaves this open. If it does not, widen the rule (or the"
    " group, list or nexus) so that the witness is caught, and add the witness as an example"
    " of the rule so the gap stays closed."
)

ADVICE: dict[str, Advice] = {
    "PL001": Advice(
        'A rule writes `destination(groups=("D:6",))` but the regime defines no group "D:6";'
        " every rule that uses it means something else than written.",
        "Define the group (list, nexus, party) or correct the name; the message suggests the"
        " closest defined names. Other checks do not run until every name resolves.",
    ),
    "PL002": Advice(
        'An example `case("A100 to China", ..., LR)` of US-3A090.a is decided "no licence'
        ' required" on its date.',
        "Either the rule or the example is wrong: fix the condition, the carve-out or the"
        " dates, or correct the example's transaction or expected outcome. The finding points"
        " at the example's line.",
    ),
    "PL100": Advice(
        "The loophole search as a whole; its findings carry the codes of the moves, PL101 to"
        " PL110.",
        "See the code of the move (`policy explain PL101`).",
    ),
    "PL101": Advice(
        "An accelerator controlled by the US to China can be bought from a supplier in a"
        " jurisdiction that does not control it.",
        _MOVE_FIX,
    ),
    "PL102": Advice(
        "Shipping to a third country first, then re-exporting from there, avoids a licence the"
        " direct export needs.",
        _MOVE_FIX + " For re-exports, check the rule's reach (its nexus) covers them.",
    ),
    "PL103": Advice(
        "Lowering the controlling jurisdiction's content below its de minimis share takes the"
        " item out of its control.",
        _MOVE_FIX,
    ),
    "PL104": Advice(
        "Making the item abroad without the jurisdiction's technology (no foreign direct"
        " product) takes it out of control.",
        _MOVE_FIX,
    ),
    "PL105": Advice(
        "An unlisted subsidiary of a listed party receives what the listed party could not.",
        _MOVE_FIX + " For lists, add the affiliate or an ownership rule (50% rule).",
    ),
    "PL106": Advice(
        "Remote (cloud) access to the item gives the use that its export would need a licence for.",
        _MOVE_FIX,
    ),
    "PL107": Advice(
        "An order placed before a rule's effective date avoids it (run on request:"
        " `--select PL107`).",
        _MOVE_FIX + " Often this is the law's transition period: accept it with a reason.",
    ),
    "PL108": Advice(
        "An accelerator designed with TPP just under 4800 is not controlled, though as useful"
        " (the H20 of 2023).",
        "Usually the threshold as published: accept it with a reason, or add the performance"
        " density or a second parameter the law uses.",
    ),
    "PL109": Advice(
        "Stating a neighbouring (civil, mature-node) end use takes the item out of an end-use"
        " control.",
        _MOVE_FIX,
    ),
    "PL110": Advice(
        "Transshipment and supplier substitution together allow what neither allows alone.",
        _MOVE_FIX + " `--depth` sets how many moves are composed (default 2).",
    ),
    "PL201": Advice(
        "One rule requires a licence for a transaction that another rule of the same regime"
        " expressly permits (no licence required).",
        "Make the conditions exclusive (narrow one rule), or turn the permission into a"
        " carve-out of the restrictive rule, which says which wins.",
    ),
    "PL202": Advice(
        "A licence exception (carve-out) covers every transaction its own rule applies to.",
        "Narrow the carve-out's condition to what the exception covers, or end it; if the rule"
        " is suspended in law, give it an end date instead.",
    ),
    "PL203": Advice(
        "A rule applies to transactions that a more restrictive rule always decides first.",
        "Remove or narrow the shadowed rule, or keep it (for its citation) and accept the finding.",
    ),
    "PL204": Advice(
        'A rule requires `kind("ic.accelerator") & kind("computer")`, which no item is.',
        "Correct the condition: the message lists the conjuncts that cannot hold together.",
    ),
    "PL205": Advice(
        "One rule controls TPP >= 4800 and its twin TPP > 4800, so TPP exactly 4800 falls through.",
        "Use the same comparison on both sides of the boundary (>= in one, < in the other).",
    ),
    "PL206": Advice(
        "An item with TPP 5000 needs a licence to a destination where one with TPP 6000 does not.",
        "Check the parameter's direction and the bands: make the more capable side at least"
        " as controlled, or accept a band that is in the law.",
    ),
    "PL207": Advice(
        "A carve-out starts before its rule or stays in force after the rule ends.",
        "Give the carve-out dates within its rule's.",
    ),
    "PL208": Advice(
        "The same country is in one group twice on overlapping dates, or a party twice on a list.",
        "Remove the duplicate entry, or end one before the other starts.",
    ),
    "PL209": Advice(
        "Version 1 of a rule ends 2024-12-01 and version 2 starts 2024-12-02: one day without"
        " the rule.",
        "Start the new version on the day the old one ends, or accept a gap that is a"
        " suspension in law.",
    ),
    "PL210": Advice(
        "The US declares it implements the Wassenaar list, and Wassenaar 3.B.1.f.1 controls an"
        " EUV scanner from the US to China, but no US rule controls it (a warning when the US"
        " regime does not model the kind at all).",
        "Model the implementer's own list entry for what the floor controls (and declare the"
        " kind in its `models`), or end the `implements` declaration on the date the"
        " implementer stopped applying the list.",
    ),
}


@dataclass(frozen=True)
class Explanation:
    code: str
    name: str
    category: str
    description: str
    advice: Advice | None

    def text(self) -> str:
        lines = [f"{self.code} {self.name} ({self.category})", "", self.description]
        if self.advice is not None:
            lines += ["", "Example:", f"  {self.advice.example}", "", "How to fix:"]
            lines += [f"  {self.advice.fix}"]
        lines += ["", "How to accept:", f"  {WAIVE}"]
        return "\n".join(lines) + "\n"


def _described(check: object) -> str:
    """The first paragraph of a function check's docstring (its ``description`` is only the
    first line), else its description."""
    func = getattr(check, "func", None)
    doc = (getattr(func, "__doc__", None) or "").strip()
    first = doc.split("\n\n")[0] if doc else ""
    return first or str(getattr(check, "description", ""))


def known_codes() -> dict[str, tuple[str, str, str]]:
    """Every code a check or evasion move reports: its name, category and description."""
    from policy.analysis.checks import registered_checks
    from policy.analysis.loopholes import registered_moves

    out = {c.code: (c.name, str(c.category), _described(c)) for c in registered_checks()}
    for m in registered_moves():
        out[m.code] = (m.name, "loophole", m.description)
    out.setdefault(
        "PL110",
        ("composition", "loophole", "a composition of moves that no single move achieves"),
    )
    return out


def explain(code: str) -> Explanation:
    """The explanation of ``code`` (case-insensitive); an unknown code is an error that
    suggests the closest ones."""
    codes = known_codes()
    key = code.strip().upper()
    if key not in codes:
        raise UnknownNameError("finding code", code, codes, where="CODE")
    name, category, description = codes[key]
    description = " ".join(description.split())
    description = description[:1].upper() + description[1:]
    if not description.endswith("."):
        description += "."
    return Explanation(key, name, category, description, ADVICE.get(key))
