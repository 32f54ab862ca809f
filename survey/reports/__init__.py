"""Reports of the study in the web app and on the command line.

views.py serves analysis/ reports from the portal and the staff area, progress.py counts
fieldwork, progress_email.py writes the weekly progress e-mail, commands.py holds `sentomus
report`, `sentomus wave` and `sentomus send-progress`. The reports themselves are built by
analysis/, which knows nothing of Flask.
"""
