"""The linter rejects requests for personal data and lets ordinary museum questions through."""

import pytest

from survey.privacy.linter import lint_question


@pytest.mark.parametrize(
    "text",
    [
        "What is your e-mail address?",
        "Wie heißen Sie?",
        "Comment vous appelez-vous ?",
        "¿Cómo te llamas?",
        "Come ti chiami?",
        "Hoe heet u?",
        "Vul hier uw e-mailadres in",
        "Inserisci il tuo codice fiscale",
    ],
)
def test_personal_data_requests_are_rejected(text):
    assert lint_question(text).verdict == "reject"


@pytest.mark.parametrize(
    "text",
    [
        "What is the name of your favourite painting?",
        "Wie heißt Ihr Lieblingsbild?",
        "Comment s'appelle votre œuvre préférée ?",
        "Did you use your phone as an audio guide?",
        "Did you enjoy the religious art exhibition?",
    ],
)
def test_ordinary_museum_questions_pass(text):
    assert lint_question(text).verdict == "ok"
