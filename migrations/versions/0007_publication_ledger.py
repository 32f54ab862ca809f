"""publication ledger: releases, record keys and key sums

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 21:00:00.000000

Releases record every figure that leaves the system (release, release_subject,
release_population, release_cell). Every response gets a random record key for cell-key
perturbation, and the weekly counts sum those keys per cell. The weekly counts are a cache of
the answers: they are emptied here and counted again, with their key sums, on first use.

"""
import secrets

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('release',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=80), nullable=False),
    sa.Column('scope', sa.String(length=16), nullable=False),
    sa.Column('museum_id', sa.Integer(), nullable=True),
    sa.Column('wave_id', sa.Integer(), nullable=True),
    sa.Column('origin_week', sa.Date(), nullable=False),
    sa.Column('as_of_week', sa.Date(), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=32), nullable=False),
    sa.CheckConstraint("scope IN ('museum', 'study')", name=op.f('ck_release_scope_known')),
    sa.CheckConstraint('as_of_week >= origin_week', name=op.f('ck_release_as_of_after_origin')),
    sa.ForeignKeyConstraint(['museum_id'], ['museum.id'], name=op.f('fk_release_museum_id_museum'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['wave_id'], ['study_wave.id'], name=op.f('fk_release_wave_id_study_wave'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release')),
    sa.UniqueConstraint('series', 'as_of_week', name=op.f('uq_release_series'))
    )
    with op.batch_alter_table('release', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_release_museum_id'), ['museum_id'], unique=False)
    op.create_table('release_subject',
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('base', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('shown', 'carried', 'hidden')", name=op.f('ck_release_subject_status_known')),
    sa.CheckConstraint('base >= 0', name=op.f('ck_release_subject_base_not_negative')),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], name=op.f('fk_release_subject_release_id_release'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('release_id', 'subject', name=op.f('pk_release_subject'))
    )
    op.create_table('release_population',
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=False),
    sa.Column('museum_id', sa.Integer(), nullable=False),
    sa.Column('first_week', sa.Date(), nullable=False),
    sa.Column('last_week', sa.Date(), nullable=False),
    sa.CheckConstraint('last_week >= first_week', name=op.f('ck_release_population_weeks_in_order')),
    sa.ForeignKeyConstraint(['museum_id'], ['museum.id'], name=op.f('fk_release_population_museum_id_museum'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], name=op.f('fk_release_population_release_id_release'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('release_id', 'subject', 'museum_id', name=op.f('pk_release_population'))
    )
    op.create_table('release_cell',
    sa.Column('release_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=False),
    sa.Column('value', sa.String(length=80), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.CheckConstraint('count >= 0', name=op.f('ck_release_cell_count_not_negative')),
    sa.ForeignKeyConstraint(['release_id'], ['release.id'], name=op.f('fk_release_cell_release_id_release'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('release_id', 'subject', 'value', name=op.f('pk_release_cell'))
    )

    # The weekly counts are recounted with key sums on first use.
    op.execute('DELETE FROM weekly_answer_count')
    op.execute('DELETE FROM weekly_response_count')
    op.execute('DELETE FROM snapshot_week')
    with op.batch_alter_table('weekly_answer_count', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key_sum', sa.BigInteger(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('first_key_sum', sa.BigInteger(), nullable=False, server_default='0'))
    with op.batch_alter_table('weekly_response_count', schema=None) as batch_op:
        batch_op.add_column(sa.Column('key_sum', sa.BigInteger(), nullable=False, server_default='0'))

    op.add_column('response', sa.Column('record_key', sa.SmallInteger(), nullable=True))
    # Existing responses get their random keys here, in batches of one key value: a key is
    # random, so which responses share one says nothing.
    response = sa.table('response', sa.column('id'), sa.column('record_key'))
    connection = op.get_bind()
    ids = [row[0] for row in connection.execute(sa.select(response.c.id))]
    groups = {}
    for response_id in ids:
        groups.setdefault(secrets.randbelow(256), []).append(response_id)
    for key, members in groups.items():
        for start in range(0, len(members), 10_000):
            connection.execute(
                response.update()
                .where(response.c.id.in_(members[start:start + 10_000]))
                .values(record_key=key)
            )
    if connection.dialect.name == 'sqlite':
        _rebuild_response(lambda batch_op: (
            batch_op.alter_column('record_key', existing_type=sa.SmallInteger(), nullable=False),
            batch_op.create_check_constraint('record_key_range', 'record_key BETWEEN 0 AND 255'),
        ))
    else:
        op.alter_column('response', 'record_key', existing_type=sa.SmallInteger(), nullable=False)
        op.create_check_constraint('record_key_range', 'response', 'record_key BETWEEN 0 AND 255')


def _rebuild_response(change):
    """SQLite rebuilds the table for these changes: keep it without rowid (revision 0005), and
    switch foreign keys off meanwhile, or dropping the old table would cascade to every answer."""
    with op.get_context().autocommit_block():
        op.execute('PRAGMA foreign_keys=OFF')
    with op.batch_alter_table(
        'response', recreate='always', table_kwargs={'sqlite_with_rowid': False}
    ) as batch_op:
        change(batch_op)
    with op.get_context().autocommit_block():
        op.execute('PRAGMA foreign_keys=ON')


def downgrade():
    if op.get_bind().dialect.name == 'sqlite':
        _rebuild_response(lambda batch_op: (
            batch_op.drop_constraint(op.f('ck_response_record_key_range'), type_='check'),
            batch_op.drop_column('record_key'),
        ))
    else:
        op.drop_constraint(op.f('ck_response_record_key_range'), 'response', type_='check')
        op.drop_column('response', 'record_key')
    with op.batch_alter_table('weekly_response_count', schema=None) as batch_op:
        batch_op.drop_column('key_sum')
    with op.batch_alter_table('weekly_answer_count', schema=None) as batch_op:
        batch_op.drop_column('first_key_sum')
        batch_op.drop_column('key_sum')
    op.drop_table('release_cell')
    op.drop_table('release_population')
    op.drop_table('release_subject')
    with op.batch_alter_table('release', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_release_museum_id'))
    op.drop_table('release')
