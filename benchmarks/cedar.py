"""The benchmark workload in AWS Cedar, decided through ``cedarpy``'s batch API.

Mapping: the end user is the principal (listed users are members of
``EntityList::"entity_list"``), the action is ``Action::"export_<kind>"`` (so the schema can
give each kind's context exactly its parameters), the destination is the resource, and the
context carries the exporter, the date and the parameters. Cedar has neither floating point
nor ordered strings, so numbers are Long fixed-point (x100: the workload has at most two
decimals, so this is exact) and dates are Long ``YYYYMMDD``.

Three outcomes from Allow/Deny: a ``prohibited`` rule is a ``forbid``, a
``license_required`` rule a ``permit``; forbid overrides permit and the default is deny, so

* Allow -> license_required;
* Deny with a determining policy -> prohibited;
* Deny with none -> no_license_required.
"""

from __future__ import annotations

import json
from typing import Any

import cedarpy


def _fixed(x: float) -> int:
    return round(x * 100)


def _day(iso: str) -> int:
    return int(iso.replace("-", ""))


def policy_text(rule: dict[str, Any]) -> str:
    effect = "forbid" if rule["outcome"] == "prohibited" else "permit"
    who = 'principal in EntityList::"entity_list"' if rule["entity_list"] else "principal"
    tests = ["resource in [" + ", ".join(f'Country::"{c}"' for c in rule["destinations"]) + "]"]
    if rule["exporters"]:
        names = ", ".join(json.dumps(e) for e in rule["exporters"])
        tests.append(f"[{names}].contains(context.exporter)")
    tests.append(f"context.date >= {_day(rule['effective_from'])}")
    if rule["effective_to"]:
        tests.append(f"context.date < {_day(rule['effective_to'])}")
    tests += [
        f"context.params.{c['param']} {c['op']} {_fixed(c['value'])}" for c in rule["conditions"]
    ]
    return (
        f'@id("{rule["id"]}")\n{effect} ({who}, action == Action::"export_{rule["kind"]}",'
        f" resource)\nwhen {{ " + " && ".join(tests) + " };\n"
    )


def schema_text(workload: dict[str, Any]) -> str:
    lines = ["entity EntityList;", "entity EndUser in [EntityList];", "entity Country;"]
    for kind, params in workload["kinds"].items():
        fields = ", ".join(f"{p}: Long" for p in params)
        lines.append(
            f'action "export_{kind}" appliesTo {{ principal: EndUser, resource: Country,'
            f" context: {{ exporter: String, date: Long, params: {{ {fields} }} }} }};"
        )
    return "\n".join(lines)


class Cedar:
    """Policies, schema and entities parsed once; :meth:`decide` is the timed call."""

    def __init__(self, workload: dict[str, Any]) -> None:
        self.text = "\n".join(policy_text(r) for r in workload["rules"])
        schema = cedarpy.Schema.from_str(schema_text(workload))
        check = cedarpy.validate_policies(self.text, schema)
        if not check.validation_passed:
            raise SystemExit(
                "Cedar rejects the translation: " + "; ".join(map(str, check.errors[:3]))
            )
        entities = [
            {
                "uid": {"type": "EndUser", "id": u},
                "attrs": {},
                "parents": [{"type": "EntityList", "id": "entity_list"}],
            }
            for u in workload["entity_list"]
        ]
        self.policies = cedarpy.PolicySet.from_str(self.text)
        self.entities = cedarpy.Entities.from_json_str(json.dumps(entities), schema)

    @staticmethod
    def requests(txs: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The engine's request shape (untimed, as for every engine)."""
        return [
            {
                "principal": {"type": "EndUser", "id": tx["end_user"]},
                "action": {"type": "Action", "id": f"export_{tx['kind']}"},
                "resource": {"type": "Country", "id": tx["destination"]},
                "context": {
                    "exporter": tx["exporter"],
                    "date": _day(tx["date"]),
                    "params": {p: _fixed(x) for p, x in tx["params"].items()},
                },
            }
            for tx in txs
        ]

    def decide(self, requests: list[dict[str, Any]]) -> list[str]:
        out = []
        for res in cedarpy.is_authorized_batch(requests, self.policies, self.entities):
            if res.diagnostics.errors:
                out.append("error: " + "; ".join(map(str, res.diagnostics.errors)))
            elif res.allowed:
                out.append("license_required")
            else:
                out.append("prohibited" if res.diagnostics.reasons else "no_license_required")
        return out
