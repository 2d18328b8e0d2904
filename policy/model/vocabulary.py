"""The shared vocabulary: countries, jurisdictions, item kinds, parameters, flags, end uses.

Every name a regime or a transaction may use is declared here once, so that a typo is an
error with a "did you mean" hint instead of a condition that silently never matches, and so
that the generated docs can list the whole vocabulary. Regime authors with needs beyond the
shipped vocabulary add names with :func:`register_kind`, :func:`register_parameter`,
:func:`register_flag` and :func:`register_end_use` before building their rules.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

import pycountry

from policy.errors import InputError, UnknownNameError, shown

# --------------------------------------------------------------------------- countries

#: ISO 3166-1 exceptionally reserved codes in common use, and the code of the country they
#: name. They are refused with that code as the suggestion, not read as it: ``UK`` taken
#: silently as ``GB`` made a group list the United Kingdom twice without saying where.
COUNTRY_ALIASES: Mapping[str, str] = {"UK": "GB", "EL": "GR"}


#: Jurisdictions that are not states: the European Union and the Wassenaar floor.
SPECIAL_JURISDICTIONS: Mapping[str, str] = {
    "EU": "European Union",
    "WA": "Wassenaar Arrangement (multilateral floor)",
}


#: Names as the export-control texts spell them, where ISO's differ.
_NAME_OVERRIDES: Mapping[str, str] = {
    "MO": "Macau",
    "RU": "Russia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "TR": "Turkey",
    "CZ": "Czech Republic",
}
#: Names that take "the" in running text.
_WITH_ARTICLE = frozenset(
    {
        "US",
        "GB",
        "NL",
        "AE",
        "PH",
        "CD",
        "CG",
        "CF",
        "DO",
        "BS",
        "GM",
        "KY",
        "MV",
        "MH",
        "SB",
        "CZ",
        "VA",
        "EU",
    }
)


@lru_cache(maxsize=1)
def countries() -> Mapping[str, str]:
    """ISO 3166-1 alpha-2 code -> common English name, from pycountry (sorted by code)."""
    table = {}
    for c in pycountry.countries:
        table[c.alpha_2] = (
            _NAME_OVERRIDES.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        )
    return dict(sorted(table.items()))


def country_phrase(code: str) -> str:
    """The name as it reads in a sentence: "the United States", "China"."""
    name = country_name(code)
    return f"the {name}" if code in _WITH_ARTICLE else name


def is_country(code: str) -> bool:
    return code in countries()


def _unknown_country(what: str, code: str, known: Mapping[str, str], where: str | None) -> None:
    # a reserved code: the suggestion is the country it stands for, which no spelling
    # distance would find ("UK" is as close to "UA" as to nothing)
    real = (COUNTRY_ALIASES[code],) if code in COUNTRY_ALIASES else ()
    raise UnknownNameError(
        what, code, known, where=where, suggest=real, note=" (not an ISO 3166-1 alpha-2 code)"
    )


def country(code: object, *, where: str | None = None) -> str:
    """Validate an ISO 3166-1 alpha-2 code and return it (upper-case input is required;
    ``UK`` is refused with ``GB`` as the suggestion)."""
    if not isinstance(code, str):
        raise InputError(
            f"expected an ISO 3166-1 alpha-2 country code, got {shown(code)}", where=where
        )
    if code not in countries():
        _unknown_country("country code", code, countries(), where)
    return code


def jurisdictions_known() -> Mapping[str, str]:
    """Every code usable as a jurisdiction: ISO countries plus ``EU`` and ``WA``."""
    return {**countries(), **SPECIAL_JURISDICTIONS}


def jurisdiction(code: object, *, where: str | None = None) -> str:
    """Validate a jurisdiction code (ISO 3166-1 alpha-2, ``EU`` or ``WA``)."""
    if not isinstance(code, str):
        raise InputError(f"expected a jurisdiction code, got {shown(code)}", where=where)
    if code not in jurisdictions_known():
        _unknown_country("jurisdiction", code, jurisdictions_known(), where)
    return code


def country_name(code: str) -> str:
    return jurisdictions_known().get(code, code)


# --------------------------------------------------------------------------- item kinds


@dataclass(frozen=True)
class Kind:
    """A node of the dotted item-kind taxonomy; a rule on ``sme.lithography`` matches
    ``sme.lithography.duv.immersion`` and every other descendant."""

    name: str
    description: str

    @property
    def parent(self) -> str | None:
        return self.name.rpartition(".")[0] or None


_KINDS: dict[str, Kind] = {}


def register_kind(name: str, description: str) -> Kind:
    """Add a kind (and, implicitly, checks that its parent exists)."""
    parent = name.rpartition(".")[0]
    if parent and parent not in _KINDS:
        raise InputError(f"kind {name!r}: register its parent {parent!r} first")
    k = Kind(name, description)
    _KINDS[name] = k
    return k


for _name, _desc in [
    ("ic", "integrated circuits"),
    ("ic.accelerator", "AI accelerators and GPUs"),
    ("ic.memory", "memory integrated circuits"),
    ("ic.memory.hbm", "high-bandwidth memory stacks"),
    ("ic.memory.dram", "DRAM chips"),
    ("ic.memory.nand", "NAND flash chips"),
    ("ic.logic", "other logic integrated circuits"),
    ("computer", "computers, servers and assemblies containing ICs"),
    ("sme", "semiconductor manufacturing equipment"),
    ("sme.lithography", "lithography equipment (steppers and scanners)"),
    ("sme.lithography.euv", "extreme-ultraviolet lithography (13.5 nm light)"),
    ("sme.lithography.duv", "deep-ultraviolet lithography"),
    ("sme.lithography.duv.immersion", "ArF immersion DUV lithography"),
    ("sme.lithography.duv.dry", "dry DUV lithography (ArF dry, KrF)"),
    ("sme.lithography.nanoimprint", "nanoimprint lithography"),
    ("sme.coater_developer", "resist coaters and developers (tracks)"),
    ("sme.etch", "etch equipment"),
    ("sme.deposition", "deposition equipment (CVD, ALD, PVD)"),
    ("sme.deposition.epitaxy", "epitaxial growth equipment"),
    ("sme.cleaning", "wafer cleaning equipment"),
    ("sme.inspection", "inspection and metrology equipment"),
    ("sme.annealing", "annealing equipment"),
    ("sme.mask", "masks, mask blanks, pellicles and mask-making equipment"),
    ("software", "software"),
    ("software.eda", "electronic design automation software"),
    ("material", "materials"),
    ("material.gallium", "gallium and gallium compounds"),
    ("material.germanium", "germanium and germanium compounds"),
    ("material.graphite", "graphite (synthetic and natural flake)"),
    ("material.antimony", "antimony and antimony compounds"),
    ("material.superhard", "superhard materials (synthetic diamond and related)"),
    ("service", "services"),
    ("service.support", "support: servicing, maintenance, delivery, authorising shipments"),
    ("service.cloud", "cloud computing capacity (infrastructure as a service)"),
    ("technology", "technology (design and production know-how)"),
    ("other", "anything not otherwise named"),
]:
    register_kind(_name, _desc)


def kinds() -> Mapping[str, Kind]:
    return dict(sorted(_KINDS.items()))


def kind_name(name: object, *, where: str | None = None) -> str:
    if not isinstance(name, str):
        raise InputError(f"expected an item kind (a dotted name), got {shown(name)}", where=where)
    if name not in _KINDS:
        raise UnknownNameError("item kind", name, _KINDS, where=where)
    return name


def kind_matches(rule_kind: str, item_kind: str) -> bool:
    """True when ``item_kind`` is ``rule_kind`` or one of its descendants."""
    return item_kind == rule_kind or item_kind.startswith(rule_kind + ".")


# --------------------------------------------------------------------------- parameters

Direction = Literal["higher", "lower", "neutral"]


@dataclass(frozen=True)
class Parameter:
    """A numeric item parameter.

    ``direction`` says which way is "more capable": ``higher`` (a larger TPP is a more
    capable chip), ``lower`` (a smaller overlay is a more capable scanner) or ``neutral``
    (die area: neither). The non-monotone-control check relies on it.

    A derived parameter is computed from others when the transaction does not give it
    (performance density = TPP / die area); giving it explicitly wins.
    """

    name: str
    unit: str
    direction: Direction
    description: str
    decimals: int = 0
    #: A short noun phrase for prose ("total processing performance").
    label: str = ""
    derived_from: tuple[str, ...] = ()
    formula: str = ""
    derive: Callable[[Mapping[str, float]], float] | None = field(
        default=None, compare=False, repr=False
    )
    #: A rough upper end of real values, for generated examples and strategies.
    typical_max: float = 1e6

    @property
    def phrase(self) -> str:
        return self.label or self.name.replace("_", " ")

    def format(self, value: float) -> str:
        """Render a value with thousands separators and this parameter's precision."""
        text = f"{value:,.{self.decimals}f}"
        if self.decimals == 0 and not float(value).is_integer():
            text = f"{value:,}"
        return text

    def with_unit(self, value: float) -> str:
        number = self.format(value)
        return f"{number} {self.unit}" if self.unit else number


_PARAMETERS: dict[str, Parameter] = {}


def register_parameter(p: Parameter) -> Parameter:
    for dep in p.derived_from:
        if dep not in _PARAMETERS:
            raise InputError(f"parameter {p.name!r}: register {dep!r} first")
    _PARAMETERS[p.name] = p
    return p


def _ratio(num: str, den: str, k: float = 1.0) -> Callable[[Mapping[str, float]], float]:
    def derive(params: Mapping[str, float]) -> float:
        d = params[den]
        return math.inf if d == 0 else params[num] * k / d

    return derive


for _p in [
    Parameter(
        "tpp",
        "",
        "higher",
        "total processing performance: 2 x MacTOPS x bit length, summed over processing units"
        " (dense figures, best precision)",
        typical_max=40000,
        label="total processing performance",
    ),
    Parameter(
        "die_area_mm2",
        "mm²",
        "neutral",
        "applicable die area: logic dies on a non-planar process (for HBM: the stack area)",
        decimals=1,
        typical_max=2000,
        label="applicable die area",
    ),
    Parameter(
        "performance_density",
        "TPP per mm²",
        "higher",
        "TPP divided by the applicable die area",
        decimals=2,
        derived_from=("tpp", "die_area_mm2"),
        formula="tpp / die_area_mm2",
        derive=_ratio("tpp", "die_area_mm2"),
        typical_max=50,
        label="performance density",
    ),
    Parameter(
        "bidirectional_transfer_rate_gbps",
        "GB/s",
        "higher",
        "aggregate bidirectional transfer rate over all inputs and outputs to ICs other than"
        " volatile memory (chip-to-chip interconnect)",
        typical_max=3600,
        label="bidirectional transfer rate",
    ),
    Parameter(
        "memory_bandwidth_gbps",
        "GB/s",
        "higher",
        "memory bandwidth",
        typical_max=10000,
        label="memory bandwidth",
    ),
    Parameter(
        "memory_bandwidth_density",
        "GB/s per mm²",
        "higher",
        "memory bandwidth divided by the package or stack area (HBM)",
        decimals=2,
        derived_from=("memory_bandwidth_gbps", "die_area_mm2"),
        formula="memory_bandwidth_gbps / die_area_mm2",
        derive=_ratio("memory_bandwidth_gbps", "die_area_mm2"),
        typical_max=20,
        label="memory bandwidth density",
    ),
    Parameter(
        "wavelength_nm",
        "nm",
        "lower",
        "light-source wavelength of a lithography tool",
        decimals=1,
        typical_max=450,
        label="light-source wavelength",
    ),
    Parameter(
        "numerical_aperture",
        "",
        "higher",
        "numerical aperture of a lithography tool's projection optics",
        decimals=2,
        typical_max=1.5,
        label="numerical aperture",
    ),
    Parameter(
        "mrf_k035_nm",
        "nm",
        "lower",
        "minimum resolvable feature size with K = 0.35: wavelength x 0.35 / numerical aperture"
        " (Wassenaar and EU 3B001.f.1.b)",
        decimals=1,
        derived_from=("wavelength_nm", "numerical_aperture"),
        formula="wavelength_nm x 0.35 / numerical_aperture",
        derive=_ratio("wavelength_nm", "numerical_aperture", 0.35),
        typical_max=500,
        label="minimum resolvable feature size (K = 0.35)",
    ),
    Parameter(
        "mrf_k025_nm",
        "nm",
        "lower",
        "minimum resolvable feature size with K = 0.25: wavelength x 0.25 / numerical aperture"
        " (EU 3B501.f.1.b)",
        decimals=1,
        derived_from=("wavelength_nm", "numerical_aperture"),
        formula="wavelength_nm x 0.25 / numerical_aperture",
        derive=_ratio("wavelength_nm", "numerical_aperture", 0.25),
        typical_max=500,
        label="minimum resolvable feature size (K = 0.25)",
    ),
    Parameter(
        "overlay_nm",
        "nm",
        "lower",
        "dedicated chuck overlay: alignment of a new pattern to one printed by the same tool",
        decimals=2,
        typical_max=10,
        label="dedicated chuck overlay",
    ),
    Parameter(
        "node_nm",
        "nm",
        "lower",
        "the most advanced logic node the tool or chip is designed for",
        typical_max=180,
        label="design node",
    ),
    Parameter(
        "dram_half_pitch_nm",
        "nm",
        "lower",
        "DRAM half-pitch the tool or chip is designed for",
        typical_max=90,
        label="DRAM half-pitch",
    ),
    Parameter(
        "nand_layers",
        "layers",
        "higher",
        "NAND layer count the tool or chip is designed for",
        typical_max=400,
        label="NAND layer count",
    ),
    Parameter(
        "purity_pct",
        "%",
        "higher",
        "purity of a material, in per cent",
        decimals=3,
        typical_max=100,
        label="purity",
    ),
]:
    register_parameter(_p)


def parameters() -> Mapping[str, Parameter]:
    return dict(sorted(_PARAMETERS.items()))


def parameter(name: object, *, where: str | None = None) -> Parameter:
    if not isinstance(name, str):
        raise InputError(f"expected a parameter name, got {shown(name)}", where=where)
    try:
        return _PARAMETERS[name]
    except KeyError:
        raise UnknownNameError("parameter", name, _PARAMETERS, where=where) from None


def with_derived(params: Mapping[str, float]) -> dict[str, float]:
    """Return ``params`` plus every derived parameter whose inputs are present."""
    out = dict(params)
    for p in _PARAMETERS.values():
        if p.derive is not None and p.name not in out and all(d in out for d in p.derived_from):
            out[p.name] = p.derive(out)
    return out


# --------------------------------------------------------------------------- flags, end uses

_FLAGS: dict[str, str] = {}
_END_USES: dict[str, str] = {}

CHANNELS: Mapping[str, str] = {
    "export": "export from the exporter's territory",
    "reexport": "re-export of an item from a third country",
    "transfer": "transfer within a country (in-country transfer)",
    "remote_access": "remote access to an item that stays where it is (for example cloud GPUs)",
    "service": "a service performed for the end user",
    "technology": "transfer of technology or software",
}
Channel = Literal["export", "reexport", "transfer", "remote_access", "service", "technology"]


def register_flag(name: str, description: str) -> str:
    _FLAGS[name] = description
    return name


def register_end_use(name: str, description: str) -> str:
    _END_USES[name] = description
    return name


for _name, _desc in [
    ("datacenter", "designed or marketed for use in datacenters"),
    ("consumer", "designed and marketed for consumer use (for example gaming GPUs)"),
    ("copackaged_logic", "co-packaged with a logic IC whose primary function is logic"),
    ("military", "specially designed for military use"),
    ("upgrade_kit", "an upgrade kit or component for an installed tool"),
    ("synthetic", "synthetic (for materials such as graphite)"),
    ("natural", "natural (for materials such as graphite)"),
    (
        "euv",
        "specially designed for extreme-ultraviolet lithography (EUV resist coaters and"
        " developers, EUV masks, pellicles and mask inspection)",
    ),
]:
    register_flag(_name, _desc)

for _name, _desc in [
    (
        "advanced_node_fab",
        "development or production at a fab making logic at 16/14 nm or below (non-planar),"
        " DRAM at 18 nm half-pitch or below, or NAND of 128 layers or more",
    ),
    ("mature_node_fab", "production at a fab making only ICs above the advanced-node limits"),
    ("supercomputer", "a supercomputer (EAR §772.1) or its development or production"),
    ("military", "a military end use or a military end user"),
    ("wmd", "weapons of mass destruction"),
    ("ai_training", "training of AI models"),
    ("civil", "an ordinary civil end use"),
]:
    register_end_use(_name, _desc)


def flags() -> Mapping[str, str]:
    return dict(sorted(_FLAGS.items()))


def end_uses() -> Mapping[str, str]:
    return dict(sorted(_END_USES.items()))


def flag(name: object, *, where: str | None = None) -> str:
    if not isinstance(name, str) or name not in _FLAGS:
        raise UnknownNameError("item flag", name, _FLAGS, where=where)
    return name


def end_use(name: object, *, where: str | None = None) -> str:
    if not isinstance(name, str) or name not in _END_USES:
        raise UnknownNameError("end use", name, _END_USES, where=where)
    return name


def channel(name: object, *, where: str | None = None) -> str:
    """Validate a channel; ``re-export`` and ``remote-access`` spellings are accepted."""
    if not isinstance(name, str):
        raise UnknownNameError("channel", name, CHANNELS, where=where)
    name = name.replace("-", "_").replace("re_export", "reexport")
    if name not in CHANNELS:
        raise UnknownNameError("channel", name, CHANNELS, where=where)
    return name
