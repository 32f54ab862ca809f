"""Open comments, whole-museum level only."""

from __future__ import annotations

from analysis.disclosure import RULE_COMMENTS, publishable_comments
from analysis.document import CommentList, Section
from analysis.i18n import N_
from analysis.i18n import gettext as _
from analysis.museum_report.context import Context, Data, question_key


def comments_section(c: Context, d: Data) -> Section:
    section = Section(
        "comments",
        _("Open comments"),
        paragraphs=[
            _(
                "Comments for the whole museum, in alphabetical order, without the language, date "
                "or any other answer of the person who wrote them. Contact details and id numbers "
                "were removed before the comments were stored."
            )
        ],
    )
    questions = [q for q in c.catalog.questions.values() if q.kind == "free_text"]
    groups: dict[str, tuple[str, list[str]]] = {}
    # The core comment question of every questionnaire version is one list; own ones one each.
    for question in sorted(questions, key=lambda q: (not q.is_core, q.position, -q.id)):
        _title, texts = groups.setdefault(question_key(question), (question.text(c.lang), []))
        texts.extend(d.texts.get(question.id, []))
    for title, texts in groups.values():
        shown = publishable_comments(texts, d.languages.base, c.policy)
        note = ""
        if shown is None:
            note = c.policy.text(N_("hidden: fewer than %(min_base)s respondents in the museum"))
            if texts:
                c.notes.add(RULE_COMMENTS, title, note)
        section.comments.append(CommentList(title, shown, note))
    return section
