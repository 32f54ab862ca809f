"""Verdicts, concepts, findings and the policy that turns a finding into a verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

REJECT = "reject"
WARN = "warn"
OK = "ok"
_RANK = {OK: 0, WARN: 1, REJECT: 2}

PERSONAL_DATA = "personal-data"
SPECIAL_CATEGORY = "special-category"
QUASI_IDENTIFIER = "quasi-identifier"

#: code -> (category, group). The group decides the base severity.
CONCEPTS: dict[str, tuple[str, str]] = {
    "PD-NAME": ("name", PERSONAL_DATA),
    "PD-EMAIL": ("email", PERSONAL_DATA),
    "PD-PHONE": ("phone", PERSONAL_DATA),
    "PD-ADDRESS": ("address", PERSONAL_DATA),
    "PD-POSTCODE": ("postcode", PERSONAL_DATA),
    "PD-BIRTHDATE": ("date_of_birth", PERSONAL_DATA),
    "PD-NATIONAL-ID": ("national_id", PERSONAL_DATA),
    "PD-BANK": ("bank_account", PERSONAL_DATA),
    "PD-PLATE": ("licence_plate", PERSONAL_DATA),
    "PD-SOCIAL": ("social_media", PERSONAL_DATA),
    "PD-IP": ("ip_address", PERSONAL_DATA),
    "PD-PHOTO": ("photo", PERSONAL_DATA),
    "PD-SIGNATURE": ("signature", PERSONAL_DATA),
    "PD-ACCOUNT": ("membership_number", PERSONAL_DATA),
    "PD-CONTACT": ("contact_details", PERSONAL_DATA),
    "PD-ROOM": ("room_number", PERSONAL_DATA),
    "PD-PARTIAL-ID": ("partial_id", PERSONAL_DATA),
    "PD-VISIT-TIME": ("time_of_day", PERSONAL_DATA),
    "PD-BODY": ("body_measure", PERSONAL_DATA),
    "PD-EMPLOYMENT": ("employment", PERSONAL_DATA),
    "SC-HEALTH": ("health", SPECIAL_CATEGORY),
    "SC-RELIGION": ("religion", SPECIAL_CATEGORY),
    "SC-ETHNICITY": ("ethnic_origin", SPECIAL_CATEGORY),
    "SC-POLITICS": ("political_opinion", SPECIAL_CATEGORY),
    "SC-UNION": ("trade_union", SPECIAL_CATEGORY),
    "SC-SEXUAL": ("sexual_orientation", SPECIAL_CATEGORY),
    "SC-GENETIC": ("genetic_biometric", SPECIAL_CATEGORY),
    "SC-CRIMINAL": ("criminal_record", SPECIAL_CATEGORY),
    "QI-AGE": ("exact_age", QUASI_IDENTIFIER),
    # Rejected with an age band as the suggestion (policy §7): a year of birth narrows a
    # visitor down to a handful of people in a museum's day.
    "QI-BIRTH-YEAR": ("year_of_birth", PERSONAL_DATA),
    "QI-BIRTHPLACE": ("place_of_birth", QUASI_IDENTIFIER),
    "QI-EMPLOYER": ("employer", QUASI_IDENTIFIER),
    "QI-SCHOOL": ("school", QUASI_IDENTIFIER),
    "QI-HOMETOWN": ("home_town", QUASI_IDENTIFIER),
    "QI-PART-OF-DAY": ("part_of_day", QUASI_IDENTIFIER),
}
CATEGORIES = frozenset(category for category, _ in CONCEPTS.values())
GROUPS = frozenset({PERSONAL_DATA, SPECIAL_CATEGORY, QUASI_IDENTIFIER})


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a question asks for that it should not, with where it is and what to do."""

    code: str
    category: str
    severity: str
    field: str  # "text", "help" or "option:<index>"
    span: tuple[int, int]  # character offsets in that field's original text
    matched: str
    message: str
    suggestion: str
    basis: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "category": self.category,
            "severity": self.severity,
            "field": self.field,
            "span": list(self.span),
            "matched": self.matched,
            "message": self.message,
            "suggestion": self.suggestion,
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class LintResult:
    verdict: str
    findings: tuple[Finding, ...] = ()

    @property
    def rejected(self) -> bool:
        return self.verdict == REJECT

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "findings": [f.to_dict() for f in self.findings]}


@dataclass(frozen=True)
class LintPolicy:
    """Which warnings are escalated to rejections.

    ``escalate`` holds categories ("health", "exact_age", ...) or whole groups
    ("special-category", "quasi-identifier"). Personal-data requests are always rejected.
    """

    escalate: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        unknown = set(self.escalate) - CATEGORIES - GROUPS
        if unknown:
            raise ValueError(f"unknown categories or groups: {', '.join(sorted(unknown))}")

    def severity(self, code: str) -> str:
        category, group = CONCEPTS[code]
        if group == PERSONAL_DATA or category in self.escalate or group in self.escalate:
            return REJECT
        return WARN


DEFAULT_POLICY = LintPolicy()
STRICT_POLICY = LintPolicy(escalate=frozenset({SPECIAL_CATEGORY, QUASI_IDENTIFIER}))
