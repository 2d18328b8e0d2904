"""United States: the Export Administration Regulations (15 CFR 730-774).

The advanced-computing and semiconductor controls from the first "is-informed" letter of
26 Aug 2022 to the affiliates rule of 29 Sep 2025 and its suspension: the 7 Oct 2022 rule
(87 FR 62186), Macau (88 FR 2821), the 17 Nov 2023 update (88 FR 73458, 88 FR 73424), the
December 2024 package (89 FR 96790), the H20 letter of 9 Apr 2025 and the affiliates rule
(90 FR 47201); with the reach of the EAR that carries them abroad (re-exports, de minimis
content, foreign direct products, US persons) and the Entity List parties they turn on.
Country Group membership and Entity List listings are dated data, read on the
transaction's date.

The package holds one topic a module, so that a rule is found by its subject:

* :mod:`~policy.regimes.us.sources`: the Federal Register documents and effective dates;
* :mod:`~policy.regimes.us.groups`: Country Groups and the destination scopes;
* :mod:`~policy.regimes.us.entity_list`: the Entity List (a data table) and §744.11;
* :mod:`~policy.regimes.us.scopes`: the item scopes (3A090/4A090, HBM, lithography);
* :mod:`~policy.regimes.us.reach`: how the EAR reach a transaction (15 CFR 734);
* :mod:`~policy.regimes.us.computing`: 3A090/4A090 and §744.23(a)(3);
* :mod:`~policy.regimes.us.informed`: the is-informed letters;
* :mod:`~policy.regimes.us.end_use`: §744.23 end uses and §744.6 US persons;
* :mod:`~policy.regimes.us.equipment`: lithography through 0% de minimis;
* :mod:`~policy.regimes.us.ccl`: the long-standing Commerce Control List entries (3B001,
  3B090, 3D001/3E001) through the Commerce Country Chart;
* :mod:`~policy.regimes.us.russia`: the Russia and Belarus sanctions.

Each rule module has its ``RULES``; their examples are tables in
:mod:`policy.regimes.cases`.
"""

from __future__ import annotations

from datetime import date

from policy.model.regimes import Implementation, Modelled, Regime
from policy.model.rules import Source
from policy.regimes import eu
from policy.regimes.us import ccl, computing, end_use, entity_list, equipment, informed, russia
from policy.regimes.us.end_use import ADVANCED_FABS
from policy.regimes.us.entity_list import ENTITY_LIST, PARTIES
from policy.regimes.us.groups import GROUPS
from policy.regimes.us.reach import REACH
from policy.regimes.us.sources import D_CCL

#: Every rule of the US regime (the regime sorts them by id and date).
RULES = (
    *computing.RULES,
    *informed.RULES,
    *russia.RULES,
    *end_use.RULES,
    *equipment.RULES,
    *ccl.RULES,
    *entity_list.RULES,
)

REGIME = Regime(
    jurisdiction="US",
    name="United States: Export Administration Regulations",
    summary="Licence requirements for advanced-computing items and chip-making equipment"
    " (the long-standing Commerce Control List entries and the 2022-2025 rules),"
    " carried abroad by re-export, de minimis and foreign-direct-product rules and by"
    " restrictions on US persons.",
    reach=REACH,
    rules=RULES,
    groups=GROUPS,
    lists=(ENTITY_LIST, ADVANCED_FABS),
    parties=PARTIES,
    assumptions=(
        "Country Group membership follows 15 CFR Part 740, Supplement No. 1 as of 2023, with"
        " Hong Kong treated as China from 23 Dec 2020 and Nicaragua in D:1 and D:5 from"
        " 15 Mar 2024; other changes before 2022 are not dated. The 2023 scope (D:1, D:4 or D:5"
        " and not A:5 or A:6) gives the 43 countries besides China, plus Macau, that CSET"
        " counts.",
        "The H20 letter of 9 Apr 2025 is modelled with the H20's own figures as thresholds:"
        " memory bandwidth of 4.0 TB/s (4000 GB/s) or more, or interconnect of 900 GB/s or"
        " more.",
        "The AI Diffusion rule (90 FR 4544, 15 Jan 2025) is not encoded: BIS announced its"
        " rescission on 13 May 2025, before its 15 May 2025 compliance date, and told"
        " enforcement officials not to enforce it; the law from 13 Jan 2025 on is modelled as"
        " if it had not been issued.",
        "The December 2024 SME foreign-direct-product rule (§734.9(k)) is taken not to reach"
        " exports from Japan and the Netherlands (reported exemption for countries with"
        " equivalent controls, not confirmed in the rule text read). It makes equipment"
        " subject to the EAR; the model then applies the end-use (§744.23), Entity List and"
        " 3B001 requirements it carries (3B993 is not modelled).",
        "The Commerce Country Chart is data: NS column 1 has an X for every destination but"
        " Canada, NS column 2 for every destination outside Country Group A:1 (India and South"
        " Africa, whose cells were not read, are treated as marked); the RS columns are not"
        " used by the entries modelled, and AT column 1 adds nothing to NS.",
        "The long-standing 3B001 and 3D001/3E001 entries are modelled from 1 Jan 2021 with"
        " their 2021 parameters; the non-lithography 3B001 items, 3B090 and 3D001/3E001 are"
        " recognised by the exporter's classification, since their parameters are not in the"
        " vocabulary.",
        "The destination scope of the 17 Nov 2023 3B001 additions (§742.4(a)(4)) is read as"
        " Macau and D:5, and that of 3B090 (2022) as China and Macau.",
        "The table of advanced-node fabs names YMTC and SMIC's FinFET fab (SMSC) from public"
        " sources; other fabs count only when the transaction states the end use.",
        "The Entity List names Biren and Moore Threads from 17 Oct 2023 as the two GPU"
        " developers of 88 FR 71991, as publicly reported; no Footnote 5 designation is"
        " modelled because no named party was confirmed.",
        "Licence requirements are taken to bind from a rule's compliance date where it has one"
        " (31 Dec 2024 for HBM and the new FDP rules).",
        "The exporter's own US classification (3A090 and 4A090 in 2022; 3A090.a/4A090.a,"
        " 3A090.b/4A090.b and 3A090.c from 17 Nov 2023 and 31 Dec 2024) is taken at its word"
        " as an alternative to the parameter tests: an item so classified is within the entry"
        " whatever parameters are given, and a classification elsewhere does not take an item"
        " whose parameters meet an entry out of it.",
        "The supercomputer foreign-direct-product rule (§734.9(i), from 21 Oct 2022) is"
        " modelled for supercomputers in China, and in Macau from 17 Jan 2023; the 2023 update"
        " widened the §744.23(a)(1) end-use control to Macau and D:5, but a matching widening of"
        " §734.9(i) was not confirmed from the rule text (public transcriptions disagree), so"
        " the FDP rule keeps China and Macau.",
        "Entity List parties are modelled with the date their listing took effect; footnote"
        " designations are modelled only where confirmed (Huawei's footnote 1 and the footnote 4"
        " of the December 2022 and October 2023 AI-chip listings), so the footnote 4 that the"
        " 7 Oct 2022 rule gave 28 existing supercomputing entries is not modelled.",
    ),
    models=(
        Modelled(
            kinds=("computer", "ic"),
            note="The advanced-computing entries (3A090, 4A090, 3A001.z and the is-informed"
            " letters); the Commerce Control List's other IC entries are not modelled.",
        ),
        Modelled(
            kinds=("sme.lithography.euv",),
            since=eu.D_2009,
            note="EUV scanners under ECCN 3B001.f.1 from 27 Aug 2009 (the period of the"
            " Wassenaar floor modelled).",
        ),
        Modelled(
            kinds=("sme", "software", "technology"),
            since=D_CCL,
            note="3B001.f.1 (EUV; DUV by resolution, and immersion scanners of 2.4 nm overlay"
            " or better from 17 Nov 2023) and 3B001.f.2 imprint lithography by their"
            " parameters; the other 3B001 items, 3B090 (2022) and 3D001/3E001 software and"
            " technology by the exporter's classification (item.classification), since their"
            " parameters are not in the vocabulary: without a classification they are not"
            " caught, and the decision names the classification as an open fact where one"
            " would change it. The entries are modelled from 1 Jan 2021.",
        ),
        Modelled(
            kinds=("service",),
            note="US persons' support (15 CFR 744.6) is controlled by end use and end user,"
            " both modelled.",
        ),
    ),
    implements=(
        Implementation(
            of="WA",
            exporters=("US",),
            since=date(1996, 7, 12),
            source=Source(
                document="15 CFR Part 774, Supplement No. 1 (Commerce Control List)",
                section="national security (NS) controls implement the Wassenaar list",
            ),
        ),
    ),
)

__all__ = ["ENTITY_LIST", "GROUPS", "PARTIES", "REACH", "REGIME", "RULES"]
