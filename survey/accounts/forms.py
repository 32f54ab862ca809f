from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from survey.i18n import LANGUAGE_NAMES
from survey.models import PORTAL_LANGUAGES

MIN_PASSWORD = 12


class LoginForm(FlaskForm):
    email = EmailField(_l("E-mail address"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=1024)])


class SetPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"),
        validators=[
            DataRequired(),
            Length(
                min=MIN_PASSWORD,
                max=1024,
                message=_l("Use at least %(num)d characters.", num=MIN_PASSWORD),
            ),
        ],
    )
    confirm = PasswordField(
        _l("Repeat the password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))],
    )


class SettingsForm(FlaskForm):
    display_name = StringField(_l("Your name"), validators=[Length(max=120)])
    locale = SelectField(
        _l("Language of the portal"),
        choices=[SelectChoice(code, LANGUAGE_NAMES[code]) for code in PORTAL_LANGUAGES],
    )
    progress_emails = BooleanField(_l("Send me progress e-mails about the study"))


class DeleteAccountForm(FlaskForm):
    password = PasswordField(_l("Your password, to confirm"), validators=[DataRequired()])


class InviteForm(FlaskForm):
    email = EmailField(
        _l("E-mail address"),
        validators=[
            DataRequired(),
            Email(message=_l("Enter a valid e-mail address.")),
            Length(max=254),
        ],
    )
    display_name = StringField(_l("Name"), validators=[Length(max=120)])
    role = SelectField(
        _l("Role"),
        choices=[
            SelectChoice("editor", _l("Museum editor")),
            SelectChoice("viewer", _l("Museum viewer")),
            SelectChoice("staff", _l("Sento staff")),
        ],
    )
    museum_id = SelectField(_l("Museum"), coerce=int, choices=[])
    locale = SelectField(
        _l("Language of the portal"),
        choices=[SelectChoice(code, LANGUAGE_NAMES[code]) for code in PORTAL_LANGUAGES],
    )
