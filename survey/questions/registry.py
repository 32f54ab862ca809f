"""The registry of question kinds: every kind module registers its class here on import."""

from __future__ import annotations

from typing import TypeVar

from survey.questions.base import QuestionKind

K = TypeVar("K", bound=type[QuestionKind])

#: Registered kinds by name, in the order the editor lists them.
KINDS: dict[str, QuestionKind] = {}


def register_kind(kind_class: K) -> K:
    """Class decorator: make `kind_class` a kind questions may have."""
    kind = kind_class()
    if kind.name in KINDS:
        raise ValueError(f"question kind {kind.name!r} is registered twice")
    ordered = sorted([*KINDS.values(), kind], key=lambda k: (k.position, k.name))
    KINDS.clear()
    KINDS.update((k.name, k) for k in ordered)
    return kind_class


def unregister_kind(name: str) -> None:
    """Take a kind out of the registry (questions stored with it can no longer be shown)."""
    KINDS.pop(name, None)


def get_kind(name: str) -> QuestionKind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"Unknown question kind {name!r}") from None
