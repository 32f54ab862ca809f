"""A museum's own questions: drafts, the personal-data linter gate, versions and approvals.

Everything about the few questions a museum adds after the core questionnaire lives here:

- ``drafts``        what an editor submitted, before the linter has seen it
- ``linter_gate``   every text, help text and option, in every language, through the linter
- ``queries``       the museum's current and retired questions, the approval queue, counts
- ``versions``      create, edit (a new version once answered), reorder and retire
- ``approvals``     Sento staff approve or return questions the linter flagged
- ``forms``         the editor's form and the staff's return-note form
- ``editor_views``  the portal's routes (/portal/questions), registered on the portal blueprint
- ``approval_views`` the staff routes (/staff/approvals), registered on the staff blueprint

Rules every service here keeps:

- Every text, help text and answer option, in every language the museum offers, passes
  ``lint_question``. A rejection stores nothing; a warning stores the question as ``pending``
  (not asked until Sento staff approve it); a clean question goes ``active`` at once.
- A question that has answers is never rewritten: editing it retires that row and adds a new
  row with the same code and the next version, so every stored answer keeps the text it answered.
- Questions that are live or awaiting approval together stay within the museum's limit
  (``MAX_ACTIVE_OWN_QUESTIONS``); approving checks the live ones again.
- A museum has at most one row per code that is not retired: the current version.

Each service owns its transaction (one commit) and records what happened in the audit log; the
routes only parse the form, call a service and render or redirect.
"""
