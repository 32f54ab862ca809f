"""The linter meets its targets on the labelled corpus of museum questions in six languages.

The figures are printed (visible with ``pytest -s`` or ``-rA``) and repeated in the terminal
summary by ``tests/privacy/conftest.py``.
"""

from collections import Counter

import pytest

from tests.privacy.corpus_metrics import CORPUS_REPORT_KEY, LANGUAGES, evaluate, load_corpus

REJECT_RECALL_TARGET = 0.98
SPECIAL_FLAGGED_TARGET = 0.97
BENIGN_REJECTED_LIMIT = 0.01
BENIGN_WARNED_LIMIT = 0.05


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.fixture(scope="module")
def metrics(corpus, request):
    result = evaluate(corpus)
    request.config.stash[CORPUS_REPORT_KEY] = result.report()
    print("\n" + result.report())
    return result


def test_corpus_is_large_enough_and_balanced(corpus):
    languages = Counter(row["lang"] for row in corpus)
    labels = Counter(row["label"] for row in corpus)
    assert len(corpus) >= 400
    assert all(languages[lang] >= 40 for lang in LANGUAGES), languages
    benign_traps = sum(1 for row in corpus if row["label"] == "ok" and row["category"] != "benign")
    assert benign_traps * 3 >= len(corpus)
    assert set(labels) == {"reject", "warn", "ok"}
    assert len({row["id"] for row in corpus}) == len(corpus), "question ids must be unique"


def test_rejection_recall_on_personal_data_requests(metrics):
    assert metrics.reject_recall["all"].rate >= REJECT_RECALL_TARGET, metrics.report()


def test_special_categories_are_flagged(metrics):
    assert metrics.special_flagged["all"].rate >= SPECIAL_FLAGGED_TARGET, metrics.report()


def test_benign_questions_are_rarely_rejected(metrics):
    assert metrics.benign_rejected["all"].rate <= BENIGN_REJECTED_LIMIT, metrics.report()


def test_benign_questions_are_rarely_warned(metrics):
    assert metrics.benign_warned["all"].rate <= BENIGN_WARNED_LIMIT, metrics.report()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_meets_the_recall_targets(metrics, lang):
    assert metrics.reject_recall[lang].rate >= REJECT_RECALL_TARGET, metrics.report()
    assert metrics.special_flagged[lang].rate >= SPECIAL_FLAGGED_TARGET, metrics.report()
