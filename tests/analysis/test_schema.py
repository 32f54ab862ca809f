"""analysis/ describes the tables it reads by name; they must agree with the models."""

from __future__ import annotations

from analysis import schema
from survey.extensions import db


def test_every_table_and_column_analysis_uses_exists_in_the_models():
    for table in schema.metadata.sorted_tables:
        model_table = db.metadata.tables[table.name]
        for column in table.columns:
            assert column.name in model_table.columns, f"{table.name}.{column.name}"
            model_column = model_table.columns[column.name]
            assert column.primary_key == model_column.primary_key, f"{table.name}.{column.name}"
