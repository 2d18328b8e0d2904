"""United States: the Federal Register documents the US rules cite, and the days they took
effect.

Every rule, carve-out and nexus of the US regime names one of these documents; keeping the
citation and its URL together here means a rule cites a document by its constant and
:func:`cite` adds the right URL.
"""

from __future__ import annotations

from datetime import date

from policy.model.rules import Source

#: The August 2020 Huawei rule: footnote 1's foreign direct product rule for every
#: foreign-produced item of US technology (effective 17 Aug 2020).
HUAWEI_2020 = "85 FR 51596 (20 Aug 2020)"
OCT_2022 = "87 FR 62186 (7 Oct 2022), FR Doc 2022-21658"
OCT_2022_URL = "https://www.federalregister.gov/d/2022-21658"
MACAU_2023 = "88 FR 2821 (17 Jan 2023), FR Doc 2023-00888"
MACAU_2023_URL = "https://www.federalregister.gov/d/2023-00888"
OCT_2023 = "88 FR 73458 (17 Nov 2023), FR Doc 2023-23055"
OCT_2023_URL = "https://www.federalregister.gov/d/2023-23055"
SME_2023 = "88 FR 73424 (17 Nov 2023), FR Doc 2023-23049"
SME_2023_URL = "https://www.federalregister.gov/d/2023-23049"
DEC_2024 = "89 FR 96790 (2 Dec 2024), FR Doc 2024-28270"
DEC_2024_URL = "https://www.federalregister.gov/d/2024-28270"
AFFILIATES_2025 = "90 FR 47201 (29 Sep 2025), FR Doc 2025-19001"
AFFILIATES_2025_URL = "https://www.federalregister.gov/d/2025-19001"
AFFILIATES_SUSPENSION = (
    "Final rule 'One Year Suspension of Expansion of End-User Controls for Affiliates of"
    " Certain Listed Entities' (10 Nov 2025)"
)
SUPP1_740 = "15 CFR Part 740, Supplement No. 1 (Country Groups)"
SUPP1_738 = "15 CFR Part 738, Supplement No. 1 (Commerce Country Chart)"
SUPP1_774 = "15 CFR Part 774, Supplement No. 1 (Commerce Control List)"
ADVANCED_FABS_SOURCE = (
    "15 CFR 744.23(a)(2) and 744.6(c)(2): the advanced-node criteria, applied to fabs whose"
    " production public sources describe"
)
HONG_KONG_2020 = "85 FR 83765 (23 Dec 2020): Hong Kong removed as a separate destination"
BELARUS_2022_DOC = "87 FR 13048 (published 8 Mar 2022, effective 2 Mar 2022), FR Doc 2022-04819"
BELARUS_2022_URL = "https://www.federalregister.gov/d/2022-04819"
NICARAGUA_2024 = "BIS final rule of 14 Mar 2024, effective 15 Mar 2024 (Nicaragua to D:1 and D:5)"
INFORMED_2022 = "BIS is-informed letter to Nvidia of 26 Aug 2022 (Nvidia Form 8-K, 31 Aug 2022)"
NOTICE_2023 = "BIS notice to Nvidia of 23 Oct 2023 (Nvidia Form 8-K, 24 Oct 2023)"

#: The day the model starts the long-standing Commerce Control List entries: the start of
#: the period the library covers (the entries themselves are decades older).
D_CCL = date(2021, 1, 1)
#: Belarus became subject to the Russia sanctions of the EAR.
BELARUS_2022 = date(2022, 3, 2)
#: The day the 2022 rule's 3A090/4A090 and §744.23 provisions took effect.
D_2022 = date(2022, 10, 7)
#: §744.6 (US persons) took effect five days later.
D_2022_PERSONS = date(2022, 10, 12)
#: The foreign-direct-product rules and Entity List changes took effect on 21 Oct 2022.
D_2022_FDP = date(2022, 10, 21)
#: The 2023 update's effective date (88 FR 73458 and 88 FR 73424, DATES).
D_2023 = date(2023, 11, 17)
#: The December 2024 rule took effect on 2 Dec 2024 (89 FR 96790, DATES).
D_2024 = date(2024, 12, 2)
#: The December 2024 rule's compliance date for HBM and the new FDP rules; the rule took
#: effect on 2 Dec 2024, but exporters had until 31 Dec 2024 to comply with these parts.
D_2024_COMPLIANCE = date(2024, 12, 31)
#: The H20 "is-informed" letter.
D_2025_H20 = date(2025, 4, 9)
#: The affiliates rule, its suspension, and the end of the suspension.
D_2025_AFFILIATES = date(2025, 9, 29)
D_2025_SUSPENDED = date(2025, 11, 10)
D_2026_RESUMED = date(2026, 11, 10)

_URLS = {
    OCT_2022: OCT_2022_URL,
    MACAU_2023: MACAU_2023_URL,
    OCT_2023: OCT_2023_URL,
    SME_2023: SME_2023_URL,
    DEC_2024: DEC_2024_URL,
    AFFILIATES_2025: AFFILIATES_2025_URL,
}


def cite(document: str, section: str) -> Source:
    """The source ``section`` of ``document``, with the document's Federal Register URL when
    it is one of the rules above."""
    return Source(document=document, section=section, url=_URLS.get(document))
