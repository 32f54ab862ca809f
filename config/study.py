"""Facts of the study that the whole product shares, each defined once here: the web app, the core
questionnaire, the linter and the reports import them (this module imports nothing)."""

#: The study's languages, in the order respondents are offered them; English is the source.
LANGUAGES = ("en", "nl", "fr", "de", "es", "it")
