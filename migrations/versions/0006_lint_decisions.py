"""lint decisions

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:00:00.000000

Staff decisions on own questions the linter flagged (approved, or returned with a note), one row
per language version of the question, kept as labelled examples for evaluating the linter:
question texts only, without the museum, the staff member or any respondent data.

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('lint_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=16), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('lang', sa.String(length=8), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('help_text', sa.Text(), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('verdict', sa.String(length=8), nullable=False),
    sa.Column('codes', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint(
        "decision IN ('approved', 'returned')",
        name=op.f('ck_lint_decision_decision_is_approved_or_returned'),
    ),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lint_decision'))
    )


def downgrade():
    op.drop_table('lint_decision')
