import unicodedata

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectChoice, SelectMultipleField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, Regexp, ValidationError

from survey.formfields import BoundedIntegerField
from survey.i18n import LANGUAGE_NAMES
from survey.models.museum import SLUG_MAX_LENGTH, SLUG_MIN_LENGTH, SLUG_PATTERN


class MuseumForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    slug = StringField(
        _l("Address in the survey link"),
        validators=[
            DataRequired(),
            Length(min=SLUG_MIN_LENGTH, max=SLUG_MAX_LENGTH),
            Regexp(
                SLUG_PATTERN,
                message=_l("Use lowercase letters, digits and single dashes, e.g. city-museum."),
            ),
        ],
    )
    languages = SelectMultipleField(
        _l("Languages offered to visitors (the first is the default)"),
        choices=[SelectChoice(code, name) for code, name in LANGUAGE_NAMES.items()],
        validators=[DataRequired(message=_l("Offer at least one language."))],
    )
    target_sample_size = BoundedIntegerField(
        _l("Target number of responses"),
        validators=[DataRequired(), NumberRange(min=1, max=1_000_000)],
    )
    peer_cluster = StringField(_l("Peer cluster"), validators=[Optional(), Length(max=64)])
    active = BooleanField(_l("Survey open"), default=True)

    def validate_name(self, field):
        if any(unicodedata.category(ch)[0] == "C" for ch in field.data or ""):
            raise ValidationError(_l("A name cannot hold line breaks or other control characters."))

    def validate_languages(self, field):
        unknown = set(field.data or []) - set(LANGUAGE_NAMES)
        if unknown:
            raise ValidationError(_l("Unknown language."))
