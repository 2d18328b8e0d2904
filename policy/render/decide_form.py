"""The Decide page's form, generated from the vocabulary and the world (issue 19, part 2).

Every choice the form offers comes from the model: the item kinds, the parameters with
their units and precision, the flags, the end uses, the channels, the countries with their
names, and the parties with the lists they are on. The page's script only reads the inputs
into a transaction in the contract's JSON (the same object ``#tx=`` and the "advanced" text
area hold) and looks the decision up in the exported partition; which parameter inputs a
kind shows is exported too (:func:`policy.render.decide_data.kind_parameters`).

Element ids are part of the page's contract with its script and the browser tests:
``f-date``, ``f-exporter``, ``f-destination``, ``f-channel``, ``f-kind``, ``f-name``,
``f-origin``, ``f-end-user`` (``""`` none, a party id, or ``FREE_END_USER``), ``f-eu-name``,
``f-eu-country``, ``f-eu-hq``, ``f-producer``, ``f-exporter-name``, ``f-exporter-hq``,
``f-consignee-name``, ``f-consignee-country``, ``f-consignee-hq``; ``[data-param]``,
``[data-flag]`` and ``[data-end-use]`` inputs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from markupsafe import Markup

from policy.model import vocabulary as v
from policy.model.world import World

#: The end-user select's value for an end user named by the reader (not a listed party).
FREE_END_USER = "(free)"


def _options(pairs: Iterable[tuple[str, str]], blank: str | None = None) -> Markup:
    rows = [] if blank is None else [Markup('<option value="">{}</option>').format(blank)]
    rows += [Markup('<option value="{}">{}</option>').format(k, text) for k, text in pairs]
    return Markup("\n").join(rows)


def _select(id: str, label: str, options: Markup, note: str = "") -> Markup:
    hint = Markup(' <span class="hint">{}</span>').format(note) if note else Markup("")
    return Markup('<label for="{0}">{1}{2}</label>\n<select id="{0}">\n{3}\n</select>').format(
        id, label, hint, options
    )


def _countries(blank: str | None = None) -> Markup:
    return _options(((c, f"{c} · {name}") for c, name in v.countries().items()), blank)


def _checkboxes(attr: str, names: Mapping[str, str]) -> Markup:
    return Markup("\n").join(
        Markup(
            '<label class="check" title="{2}"><input type="checkbox" {0}="{1}"> {1}</label>'
        ).format(Markup(attr), name, text)
        for name, text in names.items()
    )


def _parameter_rows() -> Markup:
    rows = []
    for p in v.parameters().values():
        step = "any"
        hint = p.unit or "number"
        placeholder = f"from {p.formula}" if p.formula else ""
        rows.append(
            Markup(
                '<div class="param" data-param-row="{0}" hidden>'
                '<label for="p-{0}" title="{1}">{2} <span class="hint">{3}</span></label>'
                '<input id="p-{0}" type="number" step="{4}" min="0" data-param="{0}"'
                ' placeholder="{5}"></div>'
            ).format(p.name, p.description, p.phrase, f"{p.name}, {hint}", step, placeholder)
        )
    return Markup("\n").join(rows)


def _parties(world: World) -> Markup:
    lists: dict[str, list[str]] = {}
    for r in sorted(world.regimes, key=lambda r: r.jurisdiction):
        for pl in r.lists:
            for entry in pl.listings:
                names = lists.setdefault(entry.party, [])
                if f"{r.jurisdiction} {pl.id}" not in names:
                    names.append(f"{r.jurisdiction} {pl.id}")
    pairs = []
    for pid, party in world.parties().items():
        on = f"; on {', '.join(lists[pid])}" if pid in lists else ""
        pairs.append((pid, f"{party.name} ({pid}, {party.country}{on})"))
    return Markup("\n").join(
        [
            Markup('<option value="">none given</option>'),
            Markup('<optgroup label="Named parties">'),
            _options(pairs),
            Markup("</optgroup>"),
            Markup('<option value="{}">another end user (name, country)</option>').format(
                FREE_END_USER
            ),
        ]
    )


def decide_body(world: World) -> Markup:
    """The Decide page's body: the form, the JSON text area (the "advanced" view of the
    same transaction) and ``#decision`` (DESIGN.md: ``data-overall``, one
    ``[data-jurisdiction][data-outcome]`` child per jurisdiction), filled by decide.js."""
    kinds = [(name, f"{name} · {k.description}") for name, k in v.kinds().items()]
    channels = list(v.CHANNELS.items())
    form = [
        Markup('<form id="tx-form" class="tx-form" autocomplete="off">'),
        Markup("<fieldset><legend>When, from where, to where</legend>"),
        Markup('<label for="f-date">Date</label>\n<input id="f-date" type="date" required>'),
        _select("f-exporter", "Exporter", _countries()),
        _select("f-destination", "Destination", _countries()),
        _select("f-channel", "Channel", _options(channels)),
        Markup("</fieldset>"),
        Markup("<fieldset><legend>The item</legend>"),
        _select("f-kind", "Kind", _options(kinds)),
        Markup('<label for="f-name">Name</label>\n<input id="f-name" type="text">'),
        Markup(
            '<label for="f-producer">Producer <span class="hint">the company that made or'
            ' designed it</span></label>\n<input id="f-producer" type="text">'
        ),
        _select("f-origin", "Origin", _countries(blank="not given"), "where it was made"),
        Markup('<div id="f-params" class="params">'),
        _parameter_rows(),
        Markup("</div>"),
        Markup('<div class="checks" role="group" aria-label="Flags">'),
        Markup('<span class="checks-title">Flags</span>'),
        _checkboxes("data-flag", v.flags()),
        Markup("</div>"),
        Markup("</fieldset>"),
        Markup("<fieldset><legend>Who and what for</legend>"),
        _select("f-end-user", "End user", _parties(world)),
        Markup('<div id="f-free" class="free" hidden>'),
        Markup('<label for="f-eu-name">Name</label>\n<input id="f-eu-name" type="text">'),
        _select("f-eu-country", "Country", _countries(blank="not given")),
        _select("f-eu-hq", "Headquarters", _countries(blank="not given")),
        Markup("</div>"),
        Markup(
            '<label for="f-consignee-name">Consignee <span class="hint">the party that'
            " receives it, if not the end user</span></label>\n"
            '<input id="f-consignee-name" type="text">'
        ),
        _select("f-consignee-country", "Consignee's country", _countries(blank="not given")),
        _select("f-consignee-hq", "Consignee's headquarters", _countries(blank="not given")),
        Markup(
            '<label for="f-exporter-name">Exporting company</label>\n'
            '<input id="f-exporter-name" type="text">'
        ),
        _select("f-exporter-hq", "Exporting company's headquarters", _countries(blank="not given")),
        Markup('<div class="checks" role="group" aria-label="End uses">'),
        Markup('<span class="checks-title">End use</span>'),
        _checkboxes("data-end-use", v.end_uses()),
        Markup("</div>"),
        Markup("</fieldset>"),
        Markup("</form>"),
    ]
    return Markup("\n").join(
        [
            Markup(DECIDE_INTRO),
            *form,
            Markup(DECIDE_ADVANCED),
            Markup(DECIDE_RESULT),
        ]
    )


DECIDE_INTRO = """<h1>Decide a transaction</h1>
<p>Fill in a transaction; the outcome under every jurisdiction follows as you type,
decided in this page, offline, from the model's exact partition (the page only finds the
class of each value and looks the cell up). The address of the page keeps the transaction
(<code>#tx=</code>), so a decision can be linked.</p>
"""

DECIDE_ADVANCED = """<details id="advanced" class="advanced">
<summary>Advanced: the transaction as JSON (the format <code>policy decide</code> reads)</summary>
<label for="tx">Transaction (JSON); fields the form does not show (owners, persons,
classification, content, made with) are kept</label>
<textarea id="tx" rows="16" spellcheck="false">{
  "date": "2025-06-01",
  "exporter": "US",
  "destination": "CN",
  "item": {"kind": "ic.accelerator", "name": "H20",
           "params": {"tpp": 2368, "die_area_mm2": 814,
                      "bidirectional_transfer_rate_gbps": 900,
                      "memory_bandwidth_gbps": 4000},
           "flags": ["datacenter"]}
}</textarea>
</details>
<p id="decide-note" class="decide-note"></p>
"""

DECIDE_RESULT = """<h2>Decision</h2>
<div id="decision" data-overall=""></div>
"""
