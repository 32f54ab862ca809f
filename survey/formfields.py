"""Form fields shared by the portal and staff forms."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import IntegerField
from wtforms.validators import NumberRange, Optional

MAX_DIGITS = 9


class BoundedIntegerField(IntegerField):
    """A whole number of at most nine digits: a 400-digit number is an input error, not a crash
    (WTForms' NumberRange would overflow converting it to a float)."""

    def process_formdata(self, valuelist):
        if valuelist and len(valuelist[0].strip().lstrip("+-")) > MAX_DIGITS:
            self.data = None
            raise ValueError(_l("Enter a number of at most %(num)d digits.", num=MAX_DIGITS))
        super().process_formdata(valuelist)


def optional_whole_number(label, *, low: int, high: int) -> BoundedIntegerField:
    """A whole number from `low` to `high`, or nothing."""
    return BoundedIntegerField(label, validators=[Optional(), NumberRange(min=low, max=high)])
