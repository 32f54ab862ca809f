"""Validate the held-out privacy evaluation files (plain Python, no dependencies).

Run: python tests/privacy/heldout/validate.py

Checks every line is valid JSON with the required keys and allowed values, ids are unique,
no text repeats within or across the files, each personal-data value in a free-text row is an
exact substring of its text, and identifiers that carry a checksum (IBAN, card numbers, Dutch
BSN, French NIR, German tax id, Spanish DNI/NIE, Italian codice fiscale) are valid. Prints counts
per file, language, label and category. Exit status 1 when anything is wrong.
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGS = ("en", "nl", "fr", "de", "es", "it")

LINT_FILES = (
    "linter_test.jsonl",
    "linter_fresh_2026-12-01.jsonl",
    "linter_fresh_2026-12-01b.jsonl",
)
SCRUB_FILES = ("scrub_test.jsonl", "scrub_fresh_2026-12-01.jsonl")
LINT_PREFIX = {
    "linter_test.jsonl": "ht",
    "linter_fresh_2026-12-01.jsonl": "fb1",
    "linter_fresh_2026-12-01b.jsonl": "fb2",
}
SCRUB_PREFIX = {"scrub_test.jsonl": "st", "scrub_fresh_2026-12-01.jsonl": "sf1"}

LABELS = ("reject", "warn", "ok")
REJECT_CATS = {
    "name",
    "email",
    "phone",
    "address",
    "postcode",
    "birth_date",
    "birth_year",
    "national_id",
    "financial",
    "vehicle",
    "booking_ref",
    "room_number",
    "partial_id",
    "social_media",
    "photo",
    "device",
    "employment",
    "time_of_day",
    "body_measure",
}
WARN_CATS = {
    "health",
    "disability",
    "religion",
    "politics",
    "ethnicity",
    "sexuality",
    "union",
    "genetic_biometric",
    "criminal",
    "school",
    "employer",
    "home_town",
    "time_of_day",
}
QTYPES = {"single_choice", "multiple_choice", "scale", "nps", "number", "free_text"}
PII_CATS = tuple(
    line.strip()
    for line in (Path(__file__).parent / "scrub_categories.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip() and not line.startswith("#")
)

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def plain(value):
    """NFKC (fullwidth to ASCII), drop everything that is not a letter or digit, upper-case."""
    value = unicodedata.normalize("NFKC", value)
    return "".join(ch for ch in value if ch.isalnum()).upper()


def iban_ok(v):
    v = plain(v)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    digits = "".join(str(int(ch, 36)) for ch in v[4:] + v[:4])
    return int(digits) % 97 == 1


def luhn_ok(v):
    d = plain(v)
    if not d.isdigit() or not 13 <= len(d) <= 19:
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def bsn_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1), strict=True)) - int(d[8])
    return s % 11 == 0


def nir_ok(d):
    if not re.fullmatch(r"[12]\d{2}(0[1-9]|1[0-2])(\d{2}|2A|2B)\d{6}\d{2}", d):
        return False
    body = d[:13].replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(d[13:])


def steuer_id_ok(d):
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    product = 10
    for ch in d[:10]:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(d[10])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(d):
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", d)
    if not m:
        return False
    prefix, num, letter = m.groups()
    if prefix:
        num = str("XYZ".index(prefix)) + num
    return DNI_LETTERS[int(num) % 23] == letter


CF_ODD = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
]


def cf_ok(d):
    if not re.fullmatch(r"[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", d):
        return False
    total = 0
    for i, ch in enumerate(d[:15]):
        idx = int(ch) if ch.isdigit() else ord(ch) - 65
        total += CF_ODD[idx] if i % 2 == 0 else idx
    return chr(65 + total % 26) == d[15]


def national_id_ok(lang, v):
    d = plain(v)
    checks = {"nl": bsn_ok, "fr": nir_ok, "de": steuer_id_ok, "es": dni_ok, "it": cf_ok}
    if lang in checks:
        return checks[lang](d)
    # English rows may quote any of the national formats.
    return any(f(d) for f in checks.values()) or bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", d))


def load(name):
    path = HERE / name
    rows = []
    if not path.exists():
        print(f"\n{name}: not present, skipped")
        return None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{name}:{n}", "empty line")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            err(f"{name}:{n}", f"invalid JSON ({exc})")
            continue
        if not isinstance(row, dict):
            err(f"{name}:{n}", "not an object")
            continue
        rows.append((n, row))
    return rows


def check_lint(name, rows):
    prefix = LINT_PREFIX[name]
    for n, r in rows:
        w = f"{name}:{n}"
        for key in ("id", "lang", "text", "label", "category", "note"):
            if not isinstance(r.get(key), str) or not r.get(key).strip():
                err(w, f"missing or empty {key}")
        extra = set(r) - {
            "id",
            "lang",
            "text",
            "label",
            "category",
            "help",
            "type",
            "options",
            "note",
        }
        if extra:
            err(w, f"unknown keys {sorted(extra)}")
        lang, label, cat = r.get("lang"), r.get("label"), r.get("category")
        if lang not in LANGS:
            err(w, f"bad lang {lang!r}")
        if not re.fullmatch(rf"{prefix}-{lang}-\d{{3,4}}", str(r.get("id"))):
            err(w, f"bad id {r.get('id')!r}")
        if label not in LABELS:
            err(w, f"bad label {label!r}")
        elif label == "reject" and cat not in REJECT_CATS:
            err(w, f"category {cat!r} not allowed for reject")
        elif label == "warn" and cat not in WARN_CATS:
            err(w, f"category {cat!r} not allowed for warn")
        elif label == "ok" and cat != "benign":
            err(w, "ok rows have category benign")
        if "type" in r and r["type"] not in QTYPES:
            err(w, f"bad type {r['type']!r}")
        if "help" in r and not isinstance(r["help"], str):
            err(w, "help must be a string")
        if "options" in r and (
            not isinstance(r["options"], list)
            or not all(isinstance(o, str) and o for o in r["options"])
        ):
            err(w, "options must be a list of non-empty strings")


def check_scrub(name, rows):
    prefix = SCRUB_PREFIX[name]
    for n, r in rows:
        w = f"{name}:{n}"
        for key in ("id", "lang", "text", "note"):
            if not isinstance(r.get(key), str) or not r.get(key).strip():
                err(w, f"missing or empty {key}")
        lang = r.get("lang")
        if lang not in LANGS:
            err(w, f"bad lang {lang!r}")
        if not re.fullmatch(rf"{prefix}-{lang}-\d{{3,4}}", str(r.get("id"))):
            err(w, f"bad id {r.get('id')!r}")
        pii = r.get("pii")
        if not isinstance(pii, list):
            err(w, "pii must be a list")
            continue
        text = r.get("text", "")
        for item in pii:
            cat, value = item.get("category"), item.get("value")
            if cat not in PII_CATS:
                err(w, f"bad pii category {cat!r}")
            if not isinstance(value, str) or not value or value not in text:
                err(w, f"pii value {value!r} is not a substring of the text")
                continue
            if cat == "iban" and not iban_ok(value):
                err(w, f"IBAN check digits wrong: {value!r}")
            if cat == "card" and not luhn_ok(value):
                err(w, f"card number fails Luhn: {value!r}")
            if cat == "national_id" and not national_id_ok(lang, value):
                err(w, f"national id checksum wrong: {value!r}")


def table(rows, keys):
    c = Counter(tuple(r.get(k) for k in keys) for _, r in rows)
    return c


def main():
    seen_ids, seen_text = {}, {}
    for group, names, checker in (
        ("linter", LINT_FILES, check_lint),
        ("scrubber", SCRUB_FILES, check_scrub),
    ):
        for name in names:
            rows = load(name)
            if rows is None:
                continue
            checker(name, rows)
            for n, r in rows:
                rid, text = r.get("id"), (r.get("text") or "").strip().casefold()
                if rid in seen_ids:
                    err(f"{name}:{n}", f"duplicate id {rid} (also {seen_ids[rid]})")
                seen_ids[rid] = f"{name}:{n}"
                key = (group, text)
                if key in seen_text:
                    err(f"{name}:{n}", f"duplicate text (also {seen_text[key]})")
                seen_text[key] = f"{name}:{n}"
            print(f"\n{name}: {len(rows)} rows")
            if group == "linter":
                per = table(rows, ("lang", "label"))
                for lang in LANGS:
                    tot = sum(v for (l_, _), v in per.items() if l_ == lang)
                    parts = ", ".join(f"{lab} {per[(lang, lab)]}" for lab in LABELS)
                    share = per[(lang, "ok")] / tot if tot else 0
                    print(f"  {lang}: {tot} ({parts}; ok share {share:.0%})")
                cats = Counter(
                    (r["label"], r["category"]) for _, r in rows if "label" in r and "category" in r
                )
                print(
                    "  categories: "
                    + ", ".join(f"{lab}/{cat} {v}" for (lab, cat), v in sorted(cats.items()))
                )
            else:
                langs = Counter(r.get("lang") for _, r in rows)
                benign = Counter(r.get("lang") for _, r in rows if r.get("pii") == [])
                for lang in LANGS:
                    tot = langs[lang]
                    share = benign[lang] / tot if tot else 0
                    print(f"  {lang}: {tot} (benign {benign[lang]}, {share:.0%})")
                cats = Counter(p.get("category") for _, r in rows for p in (r.get("pii") or []))
                print("  pii instances: " + ", ".join(f"{c} {cats[c]}" for c in PII_CATS))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
