"""respondent tables without rowid, token day bucket, session version

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 21:40:00.000000

- On SQLite the respondent tables (response, answer, used_submit_token, survey_start_count) are
  rebuilt WITHOUT ROWID, keyed by the random id: no hidden row number counts submissions.
- used_submit_token.used_on (the day of submission) becomes started_on, the day bucket of the
  survey's start that the purge of expired tokens uses. Existing values are kept: a survey is
  started on or before the day it is sent, so they only make the purge a little later.
- user_account.session_version: part of every session cookie, raised to sign an account out
  everywhere.

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def _tables(token_date_column):
    """The respondent tables as they stand, for SQLite's copy-and-rename rebuild (reflection
    would lose their CHECK constraints)."""
    metadata = sa.MetaData()
    response = sa.Table(
        'response', metadata,
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('museum_id', sa.Integer(), nullable=False),
        sa.Column('language', sa.String(length=5), nullable=False),
        sa.Column('core_version', sa.Integer(), nullable=False),
        sa.Column('submitted_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['core_version'], ['core_questionnaire.version'], name='fk_response_core_version_core_questionnaire'),
        sa.ForeignKeyConstraint(['museum_id'], ['museum.id'], name='fk_response_museum_id_museum'),
        sa.PrimaryKeyConstraint('id', name='pk_response'),
    )
    sa.Index('ix_response_museum_id', response.c.museum_id)
    sa.Index('ix_response_submitted_on', response.c.submitted_on)
    answer = sa.Table(
        'answer', metadata,
        sa.Column('response_id', sa.Uuid(), nullable=False),
        sa.Column('question_id', sa.Integer(), nullable=False),
        sa.Column('ordinal', sa.SmallInteger(), nullable=False),
        sa.Column('option_code', sa.String(length=64), nullable=True),
        sa.Column('number', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=True),
        sa.CheckConstraint(
            '(CASE WHEN option_code IS NULL THEN 0 ELSE 1 END) + (CASE WHEN number IS NULL THEN 0 ELSE 1 END) + (CASE WHEN text IS NULL THEN 0 ELSE 1 END) = 1',
            name='ck_answer_exactly_one_value',
        ),
        sa.ForeignKeyConstraint(['question_id'], ['question.id'], name='fk_answer_question_id_question'),
        sa.ForeignKeyConstraint(['response_id'], ['response.id'], name='fk_answer_response_id_response', ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('response_id', 'question_id', 'ordinal', name='pk_answer'),
    )
    sa.Index('ix_answer_question_id', answer.c.question_id)
    token = sa.Table(
        'used_submit_token', metadata,
        sa.Column('token_hash', sa.String(length=64), nullable=False),
        sa.Column(token_date_column, sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint('token_hash', name='pk_used_submit_token'),
    )
    sa.Index(f'ix_used_submit_token_{token_date_column}', token.c[token_date_column])
    starts = sa.Table(
        'survey_start_count', metadata,
        sa.Column('museum_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('starts', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['museum_id'], ['museum.id'], name='fk_survey_start_count_museum_id_museum'),
        sa.PrimaryKeyConstraint('museum_id', 'day', name='pk_survey_start_count'),
    )
    return [answer, response, token, starts]


def _sqlite_foreign_keys(enabled):
    # Dropping the old response table would otherwise cascade to every answer. The pragma only
    # takes effect outside a transaction.
    with op.get_context().autocommit_block():
        op.execute(f"PRAGMA foreign_keys={'ON' if enabled else 'OFF'}")


def _rebuild_sqlite(token_column, with_rowid):
    _sqlite_foreign_keys(False)
    for table in _tables(token_column):
        with op.batch_alter_table(
            table.name,
            copy_from=table,
            recreate='always',
            table_kwargs={'sqlite_with_rowid': with_rowid},
        ):
            pass
    _sqlite_foreign_keys(True)


def _rename_token_column(from_column, to_column):
    op.drop_index(f'ix_used_submit_token_{from_column}', table_name='used_submit_token')
    op.alter_column('used_submit_token', from_column, new_column_name=to_column)
    op.create_index(f'ix_used_submit_token_{to_column}', 'used_submit_token', [to_column], unique=False)


def upgrade():
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_version', sa.Integer(), server_default='0', nullable=False))
    _rename_token_column('used_on', 'started_on')
    if op.get_bind().dialect.name == 'sqlite':
        _rebuild_sqlite('started_on', with_rowid=False)


def downgrade():
    if op.get_bind().dialect.name == 'sqlite':
        _rebuild_sqlite('started_on', with_rowid=True)
    _rename_token_column('started_on', 'used_on')
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_column('session_version')
