"""Authoring helpers: parameter handles whose comparisons build conditions
(``TPP >= 4800``), the named parameters of the vocabulary, and one short function per
condition (``kind("ic.accelerator")``, ``destination(groups=("D:5",))``...)."""

from __future__ import annotations

from policy.model import vocabulary as v
from policy.model.conditions.combinators import All, AnyOf, Condition
from policy.model.conditions.leaves import (
    Channel,
    Classified,
    Compare,
    Const,
    Content,
    Countries,
    EndUse,
    Flag,
    Kind,
    Listed,
    MadeWith,
    Producer,
)


class Param:
    """A parameter handle whose comparisons build :class:`Compare` conditions:
    ``TPP >= 4800`` is ``Compare(op=">=", param="tpp", value=4800)``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = v.parameter(name).name

    def _cmp(self, op: str, value: float) -> Compare:
        return Compare(op=op, param=self.name, value=value)  # type: ignore[arg-type]

    def __ge__(self, value: float) -> Compare:
        return self._cmp(">=", value)

    def __gt__(self, value: float) -> Compare:
        return self._cmp(">", value)

    def __le__(self, value: float) -> Compare:
        return self._cmp("<=", value)

    def __lt__(self, value: float) -> Compare:
        return self._cmp("<", value)

    def __eq__(self, value: object) -> Compare:  # type: ignore[override]
        return self._cmp("==", value)  # type: ignore[arg-type]

    def __hash__(self) -> int:
        return hash(("Param", self.name))

    def between(self, low: float, high: float) -> All:
        """``low <= param < high``: the usual shape of a band in export-control law."""
        return All(of=(self >= low, self < high))

    def __repr__(self) -> str:
        return f"Param({self.name!r})"


def param(name: str) -> Param:
    return Param(name)


TPP = Param("tpp")
PERFORMANCE_DENSITY = Param("performance_density")
TRANSFER_RATE = Param("bidirectional_transfer_rate_gbps")
MEMORY_BANDWIDTH = Param("memory_bandwidth_gbps")
MEMORY_BANDWIDTH_DENSITY = Param("memory_bandwidth_density")
DIE_AREA = Param("die_area_mm2")
WAVELENGTH = Param("wavelength_nm")
NUMERICAL_APERTURE = Param("numerical_aperture")
MRF_K035 = Param("mrf_k035_nm")
MRF_K025 = Param("mrf_k025_nm")
OVERLAY = Param("overlay_nm")
NODE = Param("node_nm")
DRAM_HALF_PITCH = Param("dram_half_pitch_nm")
NAND_LAYERS = Param("nand_layers")
PURITY = Param("purity_pct")

ALWAYS = Const(value=True)
NEVER = Const(value=False)


def kind(*kinds: str) -> Kind:
    return Kind(kinds=kinds)


def flag(name: str) -> Flag:
    return Flag(flag=name)


def classified(jurisdiction: str, *prefixes: str) -> Classified:
    return Classified(jurisdiction=jurisdiction, prefixes=prefixes)


def _countries(field: str, items: tuple[str, ...], groups: tuple[str, ...]) -> Countries:
    return Countries(field=field, countries=items, groups=groups)  # type: ignore[arg-type]


def destination(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("destination", countries, groups)


def exporter(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("exporter", countries, groups)


def origin(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("origin", countries, groups)


def end_user_country(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("end_user.country", countries, groups)


def headquarters(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("end_user.headquarters", countries, groups)


def consignee_headquarters(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("consignee.headquarters", countries, groups)


def exporter_headquarters(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("exporter_party.headquarters", countries, groups)


def producer(*names: str) -> Producer:
    return Producer(names=names)


def persons(*countries: str, groups: tuple[str, ...] = ()) -> Countries:
    return _countries("persons", countries, groups)


def in_group(field: str, *groups: str) -> Countries:
    return _countries(field, (), groups)


def listed(list_id: str, *tags: str, min_share: float | None = None) -> Listed:
    return Listed(list=list_id, tags=tags, min_share=min_share)


def end_use(*uses: str) -> EndUse:
    return EndUse(uses=uses)


def channel(*channels: str) -> Channel:
    return Channel(channels=channels)  # type: ignore[arg-type]


def made_with(*jurisdictions: str) -> MadeWith:
    return MadeWith(jurisdictions=jurisdictions)


def content(jurisdiction: str, cmp: str, value: float) -> Content:
    return Content(jurisdiction=jurisdiction, cmp=cmp, value=value)  # type: ignore[arg-type]


def all_of(*conditions: Condition) -> All:
    return All(of=conditions)


def any_of(*conditions: Condition) -> AnyOf:
    return AnyOf(of=conditions)


def not_(condition: Condition) -> Condition:
    return ~condition
