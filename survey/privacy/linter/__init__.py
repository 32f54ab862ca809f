"""The personal-data linter: does a museum's question ask respondents for personal data?

``lint_question`` checks the question text, its help text and every answer option, and returns a
verdict (``reject``, ``warn`` or ``ok``) with findings that say what was found, where, why it is a
problem and what to ask instead. It is deterministic and needs neither Flask nor pandas.

How a field is checked:

1. normalise (``normalise.py``): case, accents, look-alike letters, dashes, invisible characters,
   spaced-out letters and leetspeak all fold into one comparable form;
2. tokenise into words and clauses; hyphenated and dotted spellings ("e-mail", "Tel.-Nr.") are
   joined when the joined word is known;
3. match the lexicons (``lexicon.py``) on whole words and word sequences, German and Dutch
   compounds by their known heads and tails ("Handynummer", "woonadres"), and a few verb frames
   ("Wie heißen Sie?", "Comment vous appelez-vous ?", "When were you born?");
4. judge every match by its request frame: is the term tied to the respondent (a possessive, a
   request verb, a bare form label, a "what is your ..." question, a contacting verb, the
   respondent addressed in the clause) or to someone or something else (the museum, an artist, an
   artwork, a topic, a channel, a device)? Negated instructions ("do not enter your name") and
   statements about data handling are not requests.

The word lists are data in ``lexicon.py``; this package holds the rules: ``terms`` (the lexicons
in matching form), ``frames`` (verb-frame rules), ``tokens`` (tokenising a field), ``judge``
(matching and judging) and ``api`` (the whole question).
"""

from survey.privacy.linter.api import lint_question
from survey.privacy.linter.results import (
    CATEGORIES,
    CONCEPTS,
    DEFAULT_POLICY,
    GROUPS,
    OK,
    PERSONAL_DATA,
    QUASI_IDENTIFIER,
    REJECT,
    SPECIAL_CATEGORY,
    STRICT_POLICY,
    WARN,
    Finding,
    LintPolicy,
    LintResult,
)

__all__ = [
    "CATEGORIES",
    "CONCEPTS",
    "DEFAULT_POLICY",
    "GROUPS",
    "OK",
    "PERSONAL_DATA",
    "QUASI_IDENTIFIER",
    "REJECT",
    "SPECIAL_CATEGORY",
    "STRICT_POLICY",
    "WARN",
    "Finding",
    "LintPolicy",
    "LintResult",
    "lint_question",
]
