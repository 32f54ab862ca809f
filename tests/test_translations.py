"""Every interface string is translated, with the same placeholders, in every catalog."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

CATALOGS = Path(__file__).resolve().parent.parent / "survey" / "translations"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def load(path: Path):
    with path.open("rb") as handle:
        return read_po(handle)


def entries():
    return {m.id for m in load(CATALOGS / "messages.pot") if m.id}


@pytest.mark.parametrize("lang", ["nl", "fr", "de", "es", "it"])
def test_catalog_is_complete_and_keeps_placeholders(lang):
    catalog = load(CATALOGS / lang / "LC_MESSAGES" / "messages.po")
    translated = {m.id: m for m in catalog if m.id}
    assert entries() <= set(translated), "run `make extract-messages` and translate"
    for message_id, message in translated.items():
        ids = message_id if isinstance(message_id, tuple) else (message_id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(strings), f"{lang}: {ids[0]!r} is not translated"
        assert not message.fuzzy, f"{lang}: {ids[0]!r} is fuzzy"
        expected = set(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) <= expected | set(PLACEHOLDER.findall(ids[0]))


def test_template_matches_the_source(tmp_path):
    """The .pot is up to date: extracting again finds no new message."""
    import subprocess
    import sys

    root = CATALOGS.parent.parent
    out = tmp_path / "fresh.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "-o",
            str(out),
            "--omit-header",
            ".",
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )
    fresh = {m.id for m in load(out) if m.id}
    assert fresh == entries(), "run `make extract-messages` and translate the new strings"


@pytest.mark.parametrize(
    ("lang", "rule"),
    [
        ("nl", "(n != 1)"),
        ("fr", "(n > 1)"),
        ("de", "(n != 1)"),
        ("es", "(n != 1)"),
        ("it", "(n != 1)"),
    ],
)
def test_catalog_declares_its_plural_rule(lang, rule):
    catalog = load(CATALOGS / lang / "LC_MESSAGES" / "messages.po")
    assert catalog.plural_forms == f"nplurals=2; plural={rule};"
    assert not catalog.fuzzy
