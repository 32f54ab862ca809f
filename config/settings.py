import os

from config.study import LANGUAGES


class BaseConfig:
    #: Database URL; None means an SQLite file in the instance folder.
    SQLALCHEMY_DATABASE_URI: str | None = os.environ.get("SENTOMUS_DATABASE_URL")
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}
    SECRET_KEY: str | None = os.environ.get("SENTOMUS_SECRET_KEY")

    #: Languages a respondent can answer in; the core questionnaire carries all of them.
    LANGUAGES = LANGUAGES
    BABEL_DEFAULT_LOCALE = "en"

    #: Whole request bodies above this size get 413; a survey page is a few kilobytes.
    MAX_CONTENT_LENGTH = 128 * 1024
    MAX_FORM_MEMORY_SIZE = 128 * 1024

    #: How long a respondent may take between opening the survey and submitting it.
    SURVEY_STATE_MAX_AGE = 12 * 3600
    #: Seconds the kiosk thank-you page waits before returning to the start.
    KIOSK_RESTART_SECONDS = 12
    #: Seconds without a new page before a kiosk page returns to the kiosk start (no script:
    #: a meta refresh), dropping the abandoned answers, which live only in the page itself.
    KIOSK_INACTIVITY_SECONDS = int(os.environ.get("SENTOMUS_KIOSK_INACTIVITY_SECONDS", "90"))
    #: A kiosk visitor who asks for more time gets this many times the inactivity time.
    KIOSK_MORE_TIME_FACTOR = 10
    #: Length limit for free-text answers unless the question sets a lower one.
    FREE_TEXT_MAX_LENGTH = 2000
    #: Calendar used for the submission date stored with a response (a date, never a time).
    SURVEY_TIMEZONE = "Europe/Amsterdam"
    #: Path of the core questionnaire file loaded by `sentomus load-core`.
    CORE_QUESTIONNAIRE_PATH: str | None = None

    WTF_CSRF_TIME_LIMIT = None
    #: Rate-limit storage: memory:// for one process, redis://127.0.0.1:6379 when scaled out.
    RATELIMIT_STORAGE_URI = os.environ.get("SENTOMUS_RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_HEADERS_ENABLED = False
    #: When the storage cannot be reached, limits go on counting in each process's memory and
    #: every survey page keeps working; a short timeout keeps a dead Redis from stalling pages.
    RATELIMIT_IN_MEMORY_FALLBACK_ENABLED = True
    RATELIMIT_STORAGE_OPTIONS = {"socket_connect_timeout": 1, "socket_timeout": 1}
    #: Survey requests per client address. Everyone on a museum's Wi-Fi shares one address: two
    #: school classes (60 visitors) must be able to finish within the same minute.
    RESPONDENT_RATE_LIMIT = os.environ.get("SENTOMUS_RESPONDENT_RATE_LIMIT", "600 per minute")
    #: Reverse proxies in front of the app whose X-Forwarded-For / -Proto are trusted (Werkzeug
    #: ProxyFix). 0: none, the peer address is the client. Behind one load balancer: 1. Never
    #: more than there are, or clients could choose the address their limits are counted on.
    PROXY_HOPS = int(os.environ.get("SENTOMUS_PROXY_HOPS", "0"))
    #: Sign-in attempts allowed, per client and per account name.
    LOGIN_RATE_LIMIT = "10 per minute; 50 per hour"
    #: Invitation links to set a password stay valid this long.
    INVITATION_MAX_AGE = 7 * 24 * 3600
    #: Smallest group any published figure may describe (reports, e-mails); never below 5.
    REPORT_MIN_BASE = int(os.environ.get("SENTOMUS_REPORT_MIN_BASE", "10"))
    #: Most own questions a museum may have active at once.
    MAX_ACTIVE_OWN_QUESTIONS = 10
    #: Progress e-mails: SMTP server and sender.
    MAIL_SERVER = os.environ.get("SENTOMUS_MAIL_SERVER", "127.0.0.1")
    MAIL_PORT = int(os.environ.get("SENTOMUS_MAIL_PORT", "25"))
    MAIL_USE_TLS = os.environ.get("SENTOMUS_MAIL_USE_TLS", "") == "1"
    MAIL_USERNAME = os.environ.get("SENTOMUS_MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("SENTOMUS_MAIL_PASSWORD")
    MAIL_SENDER = os.environ.get("SENTOMUS_MAIL_SENDER", "Sentomus <progress@sentomus.invalid>")
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    PREFERRED_URL_SCHEME = "http"
    #: The address the public reaches the app at: the one source of every absolute link
    #: (survey and kiosk links, QR codes, e-mails, invitations). Production has no default.
    PUBLIC_BASE_URL: str | None = os.environ.get(
        "SENTOMUS_PUBLIC_BASE_URL", "http://127.0.0.1:5000"
    )


class DevelopmentConfig(BaseConfig):
    ENV_NAME = "development"
    DEBUG = False


class TestingConfig(BaseConfig):
    ENV_NAME = "testing"
    TESTING = True
    RATELIMIT_STORAGE_URI = "memory://"
    #: Tests sign in many times; the throttling test lowers it again.
    LOGIN_RATE_LIMIT = "10000 per minute"
    #: Cheap argon2 in tests only; everywhere else the library's recommended defaults apply.
    PASSWORD_HASH_PARAMS = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}
    SECRET_KEY = "testing-secret-key-not-for-production"  # noqa: S105
    SQLALCHEMY_DATABASE_URI = None
    WTF_CSRF_ENABLED = False


class ProductionConfig(BaseConfig):
    ENV_NAME = "production"
    #: Required: printed links (QR posters, e-mails) must never point at a development address.
    PUBLIC_BASE_URL = os.environ.get("SENTOMUS_PUBLIC_BASE_URL")
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
    PUBLIC_BASE_URL = os.environ.get("SENTOMUS_PUBLIC_BASE_URL")


_BY_NAME = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def load_config(name: str | None = None) -> type[BaseConfig]:
    name = name or os.environ.get("SENTOMUS_ENV", "development")
    try:
        return _BY_NAME[name]
    except KeyError:
        raise ValueError(
            f"Unknown SENTOMUS_ENV {name!r}; expected one of {', '.join(_BY_NAME)}"
        ) from None
