"""The renderer's own cache of what it derives from a world: once per world object, dropped
with the world, and kept off the model."""

from __future__ import annotations

import gc
from typing import Any

import pytest

import policy.render.markdown as markdown
from policy import World
from policy.render import render_markdown
from policy.render.world_cache import WorldCache


def test_a_value_is_built_once_per_world_object_and_key():
    cache: WorldCache[str, list[str]] = WorldCache()
    world, twin = World(regimes=()), World(regimes=())
    built: list[str] = []

    def build(label: str) -> list[str]:
        built.append(label)
        return [label]

    first = cache.get(world, "a", lambda: build("world a"))
    assert cache.get(world, "a", lambda: build("again")) is first
    cache.get(world, "b", lambda: build("world b"))
    # An equal world built apart is another object: it shares nothing.
    assert twin == world
    assert cache.get(twin, "a", lambda: build("twin a")) == ["twin a"]
    assert built == ["world a", "world b", "twin a"]


def test_an_entry_goes_when_its_world_is_collected():
    cache: WorldCache[str, int] = WorldCache()
    world, other = World(regimes=()), World(regimes=())
    cache.get(world, "k", lambda: 1)
    cache.get(other, "k", lambda: 2)
    assert len(cache) == 2
    del world
    gc.collect()
    assert len(cache) == 1
    assert cache.get(other, "k", lambda: 3) == 2


def test_render_keeps_its_values_off_the_model(hostile_world, monkeypatch):
    """The findings report and the matrix's home countries are cached by the renderer, not
    written into the world's memo (the model is not the renderer's to write)."""
    if not hasattr(World, "memo"):
        pytest.skip("the model has no memo any more")
    keys: list[str] = []
    original = World.memo

    def spy(self: World, key: str, build: object) -> object:
        keys.append(key)
        return original(self, key, build)

    monkeypatch.setattr(World, "memo", spy)
    render_markdown(World(regimes=hostile_world.regimes))
    assert [k for k in keys if k.startswith(("docs.", "render."))] == []


def test_a_second_render_of_the_same_world_reuses_the_findings(hostile_world, monkeypatch):
    calls: list[object] = []
    check_world = markdown.check_world

    def counting(world: World, **options: Any) -> Any:
        calls.append(world)
        return check_world(world, **options)

    monkeypatch.setattr(markdown, "check_world", counting)
    world = World(regimes=hostile_world.regimes)
    assert render_markdown(world) == render_markdown(world)
    assert len(calls) == 1
    render_markdown(World(regimes=hostile_world.regimes))
    assert len(calls) == 2
