"""What ``policy mutate`` reports: one result per mutant, and the scores.

The JSON contract (DESIGN.md, "Contracts added in the second round"): one object per
mutant with ``id``, ``operator``, ``rule``, ``file``, ``line``, ``description``,
``equivalent``, ``killed_by`` (example titles), ``witness`` and ``outcome``, in a document
that names the tool, its version and the schema it follows. Besides those, each mutant says
its ``status`` (killed, survived or equivalent), its ``jurisdiction`` and ``target``, and a
survivor the outcome the mutant gives its witness, the region of transactions that changed
and a proposed example.

The mutation score is killed / (killed + survived): equivalent mutants change no decision,
so no example could kill them, and they are never counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from policy.model.decisions import Outcome
from policy.model.rules import Example
from policy.model.transactions import Transaction

#: The schema the JSON document follows (``policy schema`` writes it).
SCHEMA_URL = "https://policy.example/schemas/mutate.schema.json"

Status = Literal["killed", "survived", "equivalent"]


class ProposedExample(BaseModel):
    """An example that kills a surviving mutant: the mutant's witness with the outcome the
    real law gives it, to add to the examples of ``rule`` (``None``: the regime's own
    examples). ``python`` is the case-table row the shipped regimes write
    (``case(...)``/``tx(...)``, :mod:`policy.regimes._examples`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str | None
    file: str = ""
    line: int = 0
    example: Example
    python: str

    def to_json_dict(self) -> dict[str, Any]:
        ex = self.example
        example: dict[str, Any] = {
            "title": ex.title,
            "transaction": ex.transaction.to_json_dict(),
            "outcome": ex.outcome.value,
        }
        for key in ("fires", "source", "note"):
            if getattr(ex, key) is not None:
                example[key] = getattr(ex, key)
        return {
            "rule": self.rule,
            "file": self.file,
            "line": self.line,
            "example": example,
            "python": self.python,
        }


class ExampleRef(BaseModel):
    """An example by its title and the rule that carries it (``None``: the regime)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str | None
    title: str


class MutantResult(BaseModel):
    """One mutant and what the examples and the diff made of it.

    ``rule``/``file``/``line`` locate it (the edited rule, or the first rule that reads the
    edited group, list or nexus). ``killed_by`` are the titles of the examples that kill
    it, ``killers`` the same examples with the rule that carries each. ``witness`` is, for
    a survivor, a transaction the mutant decides otherwise than the law (``outcome``: what
    the law says; ``mutant_outcome``: what the mutant says), from the region ``region`` of
    the diff between them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    operator: str
    jurisdiction: str
    target: str
    rule: str | None
    file: str = ""
    line: int = 0
    description: str
    status: Status
    equivalent: bool
    killed_by: list[str] = Field(default_factory=list)
    killers: list[ExampleRef] = Field(default_factory=list)
    witness: Transaction | None = None
    outcome: Outcome | None = None
    mutant_outcome: Outcome | None = None
    region: str | None = None
    proposed: ProposedExample | None = None

    def to_json_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", exclude={"witness", "proposed"})
        data["witness"] = self.witness.to_json_dict() if self.witness is not None else None
        data["proposed"] = self.proposed.to_json_dict() if self.proposed is not None else None
        return data


class Score(BaseModel):
    """Counts of mutants by status, and the score (per cent killed of the mutants that
    change some decision; ``None`` when none does)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mutants: int = 0
    killed: int = 0
    equivalent: int = 0
    survived: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def score(self) -> float | None:
        """Per cent of the counted mutants killed, to two decimals."""
        counted = self.killed + self.survived
        return round(100.0 * self.killed / counted, 2) if counted else None

    @classmethod
    def of(cls, results: Iterable[MutantResult]) -> Score:
        counts = {"killed": 0, "survived": 0, "equivalent": 0}
        n = 0
        for r in results:
            counts[r.status] += 1
            n += 1
        return cls(mutants=n, **counts)

    def below(self, threshold: float) -> bool:
        """Whether the score is under ``threshold`` per cent (nothing counted is not)."""
        counted = self.killed + self.survived
        return counted > 0 and 100.0 * self.killed < threshold * counted

    def percent(self) -> str:
        """The score as text (``96.4%``; ``-`` when nothing is counted)."""
        counted = self.killed + self.survived
        return f"{100.0 * self.killed / counted:.1f}%" if counted else "-"


class MutationReport(BaseModel):
    """Every mutant of one run, in a stable order (jurisdiction, then id)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    tool: Literal["policy"] = "policy"
    version: str = ""
    schema_: str = Field(default=SCHEMA_URL, alias="schema")
    as_of: str
    mutants: list[MutantResult] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def score(self) -> Score:
        """Every mutant's count and the score of the run."""
        return Score.of(self.mutants)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def jurisdictions(self) -> dict[str, Score]:
        """The counts and score per jurisdiction."""
        out: dict[str, list[MutantResult]] = {}
        for m in self.mutants:
            out.setdefault(m.jurisdiction, []).append(m)
        return {j: Score.of(ms) for j, ms in sorted(out.items())}

    @property
    def survivors(self) -> list[MutantResult]:
        return [m for m in self.mutants if m.status == "survived"]

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "tool": self.tool,
            "version": self.version,
            "schema": self.schema_,
            "as_of": self.as_of,
            "score": self.score.model_dump(mode="json"),
            "jurisdictions": {j: s.model_dump(mode="json") for j, s in self.jurisdictions.items()},
            "mutants": [m.to_json_dict() for m in self.mutants],
        }


__all__ = [
    "SCHEMA_URL",
    "ExampleRef",
    "MutantResult",
    "MutationReport",
    "ProposedExample",
    "Score",
    "Status",
]
