"""museum questions version

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 21:00:00.000000

A change stamp per museum that takes a new value whenever the museum's own questions change, so
that app instances can keep the survey definition in memory and still see every edit at once.

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('museum', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('questions_version', sa.BigInteger(), server_default='1', nullable=False)
        )


def downgrade():
    with op.batch_alter_table('museum', schema=None) as batch_op:
        batch_op.drop_column('questions_version')
