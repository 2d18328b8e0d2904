import pytest

from policy import InputError, UnknownNameError
from policy.model import vocabulary as v


def test_countries_come_from_iso_3166():
    assert v.country("CN") == "CN"
    assert "MO" in v.countries() and "TW" in v.countries()
    assert len(v.countries()) >= 249


def test_unknown_country_suggests_a_close_one():
    with pytest.raises(UnknownNameError, match=r"unknown country code 'cn'.*did you mean 'CN'"):
        v.country("cn")


def test_eu_and_wa_are_jurisdictions_but_not_countries():
    assert v.jurisdiction("EU") == "EU" and v.jurisdiction("WA") == "WA"
    with pytest.raises(UnknownNameError):
        v.country("EU")


def test_kind_taxonomy_matches_descendants_only():
    assert v.kind_matches("sme.lithography", "sme.lithography.duv.immersion")
    assert v.kind_matches("sme.lithography", "sme.lithography")
    assert not v.kind_matches("sme.lithography", "sme.lithographyx")
    assert not v.kind_matches("sme.lithography.duv", "sme.lithography")


def test_design_vocabulary_is_present():
    for k in [
        "ic.accelerator",
        "ic.memory.hbm",
        "computer",
        "sme.lithography.euv",
        "sme.lithography.duv.immersion",
        "sme.lithography.duv.dry",
        "sme.etch",
        "sme.deposition",
        "sme.cleaning",
        "sme.inspection",
        "sme.annealing",
        "software.eda",
        "material.gallium",
        "material.germanium",
        "material.graphite",
        "material.antimony",
        "service.support",
        "service.cloud",
        "other",
    ]:
        assert k in v.kinds()
    for p in [
        "tpp",
        "performance_density",
        "bidirectional_transfer_rate_gbps",
        "memory_bandwidth_gbps",
        "die_area_mm2",
        "memory_bandwidth_density",
        "wavelength_nm",
        "numerical_aperture",
        "overlay_nm",
        "node_nm",
        "dram_half_pitch_nm",
        "nand_layers",
    ]:
        assert p in v.parameters()


def test_parameters_declare_their_more_capable_direction():
    assert v.parameter("tpp").direction == "higher"
    assert v.parameter("overlay_nm").direction == "lower"
    assert v.parameter("die_area_mm2").direction == "neutral"


def test_unknown_parameter_suggests():
    with pytest.raises(UnknownNameError, match="did you mean 'tpp'"):
        v.parameter("tppp")


def test_derived_parameters_are_computed_when_not_given():
    d = v.with_derived({"tpp": 4992, "die_area_mm2": 826})
    assert d["performance_density"] == pytest.approx(6.0436, rel=1e-3)
    d = v.with_derived({"wavelength_nm": 193, "numerical_aperture": 1.35})
    assert d["mrf_k035_nm"] == pytest.approx(50.04, rel=1e-3)
    assert d["mrf_k025_nm"] == pytest.approx(35.74, rel=1e-3)
    # A given value wins over the derived one.
    assert (
        v.with_derived({"tpp": 1, "die_area_mm2": 1, "performance_density": 7})[
            "performance_density"
        ]
        == 7
    )


def test_registering_a_kind_needs_its_parent():
    with pytest.raises(InputError, match="register its parent"):
        v.register_kind("nosuch.child", "x")
