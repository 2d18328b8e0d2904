"""The benchmark workload in OPA's Rego, decided through ``regopy`` (rego-cpp).

One generated module: each workload rule is one body of ``prohibited`` or
``license_required``, and ``decision`` picks the most restrictive through an ``else`` chain
with ``no_license_required`` as the default. The entity list is data
(``data.entity_list``, keyed by end user); dates compare as ISO strings (string order is date
order) and numbers as JSON numbers. The module is compiled once into a bundle; regopy has no
batch call, so each transaction is one ``set_input`` and one entrypoint query.
"""

from __future__ import annotations

import json
from typing import Any

import regopy

ENTRYPOINT = "bench/decision"


def body(rule: dict[str, Any]) -> str:
    tests = [
        f"input.kind == {json.dumps(rule['kind'])}",
        "input.destination in {" + ", ".join(json.dumps(c) for c in rule["destinations"]) + "}",
    ]
    if rule["exporters"]:
        tests.append(
            "input.exporter in {" + ", ".join(json.dumps(e) for e in rule["exporters"]) + "}"
        )
    if rule["entity_list"]:
        tests.append("data.entity_list[input.end_user]")
    tests.append(f'input.date >= "{rule["effective_from"]}"')
    if rule["effective_to"]:
        tests.append(f'input.date < "{rule["effective_to"]}"')
    tests += [
        f"input.params.{c['param']} {c['op']} {json.dumps(c['value'])}" for c in rule["conditions"]
    ]
    return f"{rule['outcome']} if {{  # {rule['id']}\n\t" + "\n\t".join(tests) + "\n}\n"


def module_text(workload: dict[str, Any]) -> str:
    parts = ["package bench\n\nimport rego.v1\n", 'default decision := "no_license_required"\n']
    # name only outcomes some rule produces: an undefined rule in the chain does not compile
    used = [
        o
        for o in ("prohibited", "license_required")
        if any(r["outcome"] == o for r in workload["rules"])
    ]
    if used:
        parts.append("decision := " + "\nelse := ".join(f'"{o}" if {o}' for o in used) + "\n")
    parts += [body(r) for r in workload["rules"]]
    return "\n".join(parts)


class Rego:
    def __init__(self, workload: dict[str, Any]) -> None:
        self.text = module_text(workload)
        build = regopy.Interpreter()
        build.add_data({"entity_list": {u: True for u in workload["entity_list"]}})
        build.add_module("bench.rego", self.text)
        self.bundle = build.build(None, [ENTRYPOINT])
        if not self.bundle.ok():
            raise SystemExit("rego-cpp could not build the bundle")
        self.interpreter = regopy.Interpreter()

    @staticmethod
    def requests(txs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        keep = ("kind", "params", "exporter", "destination", "end_user", "date")
        return [{k: tx[k] for k in keep} for tx in txs]

    def decide(self, requests: list[dict[str, Any]]) -> list[str]:
        rego, bundle = self.interpreter, self.bundle
        out = []
        for req in requests:
            rego.set_input(regopy.Input(req))
            try:
                res = rego.query_bundle_entrypoint(bundle, ENTRYPOINT)
            except ValueError as e:  # regopy fails to decode some engine errors
                out.append(f"error: {e}")
                continue
            out.append(
                res.results[0].expressions[0] if res.ok() and res.results else f"error: {res}"
            )
        return out
