"""Reports for the Sentomus study: aggregates, metrics, disclosure control, charts, documents.

Pure code: functions from aggregate rows and DataFrames to DataFrames, figures and documents.
Nothing in this package imports Flask (tests/test_layout.py enforces it).
"""
