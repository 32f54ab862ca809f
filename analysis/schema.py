"""The tables reports read and write, described with SQLAlchemy Core.

analysis/ may not import the Flask application, so it declares the columns it uses here, by
table name. tests/analysis/test_schema.py checks that they agree with the models in survey/models.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    Engine,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
)

metadata = MetaData()

museum = Table(
    "museum",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("slug", String(64)),
    Column("name", String(200)),
    Column("languages", JSON),
    Column("target_sample_size", Integer),
    Column("active", Boolean),
    Column("peer_cluster", String(64)),
)

core_questionnaire = Table(
    "core_questionnaire",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("document", JSON),
)

question = Table(
    "question",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("museum_id", Integer),
    Column("core_version", Integer),
    Column("code", String(64)),
    Column("section", String(64)),
    Column("kind", String(32)),
    Column("position", Integer),
    Column("status", String(16)),
    Column("version", Integer),
    Column("texts", JSON),
    Column("settings", JSON),
)

question_option = Table(
    "question_option",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("question_id", Integer),
    Column("code", String(64)),
    Column("position", Integer),
    Column("labels", JSON),
)

# Response ids are UUIDs; reports never select them, they only join on them.
response = Table(
    "response",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("museum_id", Integer),
    Column("language", String(5)),
    Column("core_version", Integer),
    Column("submitted_on", Date),
    Column("record_key", SmallInteger),
)

answer = Table(
    "answer",
    metadata,
    Column("response_id", String(36), primary_key=True),
    Column("question_id", Integer, primary_key=True),
    Column("ordinal", SmallInteger, primary_key=True),
    Column("option_code", String(64)),
    Column("number", Integer),
    Column("text", Text),
)

survey_start_count = Table(
    "survey_start_count",
    metadata,
    Column("museum_id", Integer, primary_key=True),
    Column("day", Date, primary_key=True),
    Column("starts", Integer),
)

study_wave = Table(
    "study_wave",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64)),
    Column("starts_on", Date),
    Column("ends_on", Date),
)

snapshot_week = Table(
    "snapshot_week",
    metadata,
    Column("week", Date, primary_key=True),
    Column("responses", Integer),
    Column("frozen_on", Date),
)

weekly_response_count = Table(
    "weekly_response_count",
    metadata,
    Column("museum_id", Integer, primary_key=True),
    Column("week", Date, primary_key=True),
    Column("language", String(5), primary_key=True),
    Column("responses", Integer),
    Column("key_sum", BigInteger),
)

weekly_answer_count = Table(
    "weekly_answer_count",
    metadata,
    Column("museum_id", Integer, primary_key=True),
    Column("week", Date, primary_key=True),
    Column("question_id", Integer, primary_key=True),
    Column("value", String(64), primary_key=True),
    Column("answers", Integer),
    Column("first_answers", Integer),
    Column("key_sum", BigInteger),
    Column("first_key_sum", BigInteger),
)

release = Table(
    "release",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("series", String(80)),
    Column("scope", String(16)),
    Column("museum_id", Integer),
    Column("wave_id", Integer),
    Column("origin_week", Date),
    Column("as_of_week", Date),
    Column("made_on", Date),
    Column("method", String(32)),
)

release_subject = Table(
    "release_subject",
    metadata,
    Column("release_id", Integer, primary_key=True),
    Column("subject", String(80), primary_key=True),
    Column("status", String(16)),
    Column("base", Integer),
)

release_population = Table(
    "release_population",
    metadata,
    Column("release_id", Integer, primary_key=True),
    Column("subject", String(80), primary_key=True),
    Column("museum_id", Integer, primary_key=True),
    Column("first_week", Date),
    Column("last_week", Date),
)

release_cell = Table(
    "release_cell",
    metadata,
    Column("release_id", Integer, primary_key=True),
    Column("subject", String(80), primary_key=True),
    Column("value", String(80), primary_key=True),
    Column("count", Integer),
)


@contextmanager
def connect(bind: Engine | Connection) -> Iterator[Connection]:
    """Use a given Connection as it is, or open (and close) one on an Engine."""
    if isinstance(bind, Engine):
        with bind.connect() as connection:
            yield connection
    else:
        yield bind
