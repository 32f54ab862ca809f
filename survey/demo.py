"""Synthetic demo data: museums, own questions and realistic anonymous responses.

The same generator feeds `sentomus seed-demo` and the report benchmarks. Rows are generated
column-wise with numpy and written with the driver's bulk path (executemany on SQLite, COPY on
PostgreSQL), so 100,000 responses take seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from survey.core import load_core
from survey.database import upsert_increment
from survey.models import Museum, Question, QuestionOption, Response, SurveyStartCount, User
from survey.respond.flow import Survey, load_survey

DEMO_SLUG = "demo"
#: (role, e-mail, password) of the demo accounts; for local demonstration only.
DEMO_LOGINS = (
    ("staff", "staff@sentomus.example", "sentomus-staff-demo"),
    ("editor", "editor@demo-museum.example", "sentomus-editor-demo"),
    ("viewer", "viewer@demo-museum.example", "sentomus-viewer-demo"),
)
CHUNK = 20_000

# (name, country, languages offered, peer cluster)
MUSEUM_TEMPLATES = [
    ("Demo Museum of Art and History", "NL", ["nl", "en", "fr", "de", "es", "it"], "art"),
    ("Museum aan de Rivier", "NL", ["nl", "en", "de"], "history"),
    ("Maritiem Museum Zeestad", "NL", ["nl", "en", "de"], "history"),
    ("Stedelijk Kunstmuseum Oosterveld", "NL", ["nl", "en"], "art"),
    ("Openluchtmuseum De Hoeve", "NL", ["nl", "en", "de"], "heritage"),
    ("Musée des Beaux-Arts de Valmont", "BE", ["fr", "nl", "en"], "art"),
    ("Museum voor Natuurwetenschappen Lier", "BE", ["nl", "fr", "en"], "science"),
    ("Textielmuseum Vlaanderen", "BE", ["nl", "fr", "en"], "heritage"),
    ("Stadtmuseum Grünwald", "DE", ["de", "en", "nl"], "history"),
    ("Kunsthalle Nordhafen", "DE", ["de", "en"], "art"),
    ("Museo de Ciencias Costa Azul", "ES", ["es", "en", "fr"], "science"),
    ("Museo Civico di Valdoro", "IT", ["it", "en", "de"], "art"),
    ("Musée de la Mine et du Charbon", "FR", ["fr", "nl", "en"], "science"),
    ("Spoorwegmuseum Noord", "NL", ["nl", "en"], "science"),
    ("Museum Prinsenhof Demostad", "NL", ["nl", "en", "fr"], "history"),
]

DEMO_OWN_QUESTIONS = [
    {
        "code": "audio_guide",
        "kind": "single_choice",
        "texts": {
            "en": "Did you use the audio guide on your phone?",
            "nl": "Heeft u de audiotour op uw telefoon gebruikt?",
            "fr": "Avez-vous utilisé l'audioguide sur votre téléphone ?",
            "de": "Haben Sie den Audioguide auf Ihrem Telefon benutzt?",
            "es": "¿Utilizó la audioguía en su teléfono?",
            "it": "Ha utilizzato l'audioguida sul suo telefono?",
        },
        "options": [
            ("yes", {"en": "Yes", "nl": "Ja", "fr": "Oui", "de": "Ja", "es": "Sí", "it": "Sì"}),
            ("no", {"en": "No", "nl": "Nee", "fr": "Non", "de": "Nein", "es": "No", "it": "No"}),
        ],
    },
    {
        "code": "favourite_room",
        "kind": "single_choice",
        "texts": {
            "en": "Which part of the museum did you like best?",
            "nl": "Welk deel van het museum vond u het mooist?",
            "fr": "Quelle partie du musée avez-vous préférée ?",
            "de": "Welcher Teil des Museums hat Ihnen am besten gefallen?",
            "es": "¿Qué parte del museo le gustó más?",
            "it": "Quale parte del museo le è piaciuta di più?",
        },
        "options": [
            (
                "golden_age",
                {
                    "en": "Golden Age paintings",
                    "nl": "Schilderijen uit de Gouden Eeuw",
                    "fr": "Peintures du Siècle d'or",
                    "de": "Gemälde des Goldenen Zeitalters",
                    "es": "Pintura del Siglo de Oro",
                    "it": "Dipinti del Secolo d'oro",
                },
            ),
            (
                "city_history",
                {
                    "en": "History of the city",
                    "nl": "Geschiedenis van de stad",
                    "fr": "Histoire de la ville",
                    "de": "Stadtgeschichte",
                    "es": "Historia de la ciudad",
                    "it": "Storia della città",
                },
            ),
            (
                "garden",
                {
                    "en": "The garden",
                    "nl": "De tuin",
                    "fr": "Le jardin",
                    "de": "Der Garten",
                    "es": "El jardín",
                    "it": "Il giardino",
                },
            ),
        ],
    },
    {
        "code": "visits_last_year",
        "kind": "number",
        "settings": {"min": 0, "max": 50},
        "texts": {
            "en": "How many museums did you visit in the past 12 months?",
            "nl": "Hoeveel musea heeft u de afgelopen 12 maanden bezocht?",
            "fr": "Combien de musées avez-vous visités au cours des 12 derniers mois ?",
            "de": "Wie viele Museen haben Sie in den letzten 12 Monaten besucht?",
            "es": "¿Cuántos museos ha visitado en los últimos 12 meses?",
            "it": "Quanti musei ha visitato negli ultimi 12 mesi?",
        },
    },
]

SAMPLE_COMMENTS = {
    "en": [
        "Lovely exhibition, but the café was too busy.",
        "Great staff, very friendly.",
        "Signs to the toilets were hard to find.",
    ],
    "nl": [
        "Mooie tentoonstelling, maar het café was te druk.",
        "Vriendelijk personeel!",
        "De route was niet altijd duidelijk.",
    ],
    "fr": [
        "Très belle exposition.",
        "Le personnel était très aimable.",
        "Il manquait des bancs dans les salles.",
    ],
    "de": [
        "Sehr schöne Ausstellung.",
        "Freundliches Personal.",
        "Die Beschilderung war verwirrend.",
    ],
    "es": [
        "Una exposición preciosa.",
        "El personal fue muy amable.",
        "Faltaban explicaciones en español.",
    ],
    "it": ["Mostra bellissima.", "Personale gentilissimo.", "Mancavano panchine nelle sale."],
}

# Probability weights per option code for the core questions; other options are uniform.
CHOICE_WEIGHTS = {
    "visit_first": {"first": 0.62, "repeat": 0.38},
    "group": {
        "alone": 0.14,
        "partner": 0.32,
        "family_children": 0.18,
        "family_adults": 0.1,
        "friends": 0.16,
        "organised_group": 0.05,
        "school_group": 0.02,
        "other": 0.03,
    },
    "ticket_type": {
        "full_price": 0.34,
        "reduced": 0.12,
        "museum_pass": 0.38,
        "free": 0.08,
        "combination_group": 0.05,
        "other": 0.03,
    },
    "duration": {"lt_1h": 0.12, "1_2h": 0.46, "2_3h": 0.3, "gt_3h": 0.12},
    "age_band": {
        "under_16": 0.02,
        "16_24": 0.1,
        "25_34": 0.15,
        "35_44": 0.15,
        "45_54": 0.16,
        "55_64": 0.18,
        "65_74": 0.15,
        "75_plus": 0.06,
        "prefer_not": 0.03,
    },
    "gender": {"female": 0.58, "male": 0.38, "other": 0.01, "prefer_not": 0.03},
}
NA_RATE = {
    "rating_cafe": 0.35,
    "rating_shop": 0.4,
    "rating_facilities": 0.15,
    "rating_accessibility": 0.55,
    "rating_value": 0.2,
}
SKIP_RATE = 0.04  # optional questions left unanswered


@dataclass
class SeedReport:
    museums_created: list[str] = field(default_factory=list)
    responses_added: int = 0
    core_version: int = 0
    core_loaded: bool = False


def museum_templates(count: int) -> Iterator[tuple[str, str, str, list[str], str]]:
    """(slug, name, country, languages, cluster) for `count` museums, the first being `demo`."""
    for index in range(count):
        name, country, languages, cluster = MUSEUM_TEMPLATES[index % len(MUSEUM_TEMPLATES)]
        if index == 0:
            yield DEMO_SLUG, name, country, languages, cluster
            continue
        suffix = "" if index < len(MUSEUM_TEMPLATES) else f" {index // len(MUSEUM_TEMPLATES) + 1}"
        yield f"demo-{index:03d}", f"{name}{suffix}", country, languages, cluster


def ensure_museums(session: Session, count: int, report: SeedReport) -> list[Museum]:
    museums = []
    for index, (slug, name, _country, languages, cluster) in enumerate(museum_templates(count)):
        museum = session.scalars(Museum.by_slug(slug)).first()
        if museum is None:
            museum = Museum(
                slug=slug,
                name=name,
                languages=languages,
                target_sample_size=400 if index % 3 else 600,
                active=True,
                peer_cluster=cluster,
            )
            session.add(museum)
            session.flush()
            report.museums_created.append(slug)
            if index % 4 == 0:
                _add_own_questions(session, museum, DEMO_OWN_QUESTIONS[: 3 if index == 0 else 1])
        museums.append(museum)
    return museums


def ensure_demo_logins(session: Session, demo_museum: Museum) -> None:
    from survey.accounts.services import hash_password

    for role, email, password in DEMO_LOGINS:
        if session.scalars(User.by_email(email)).first() is None:
            session.add(
                User(
                    email=email,
                    display_name=f"Demo {role}",
                    role=role,
                    museum_id=None if role == "staff" else demo_museum.id,
                    password_hash=hash_password(password),
                    locale="en",
                )
            )
    session.flush()


def _add_own_questions(session: Session, museum: Museum, specs: list[dict]) -> None:
    for position, spec in enumerate(specs, start=1):
        session.add(
            Question(
                museum_id=museum.id,
                code=spec["code"],
                section="museum",
                kind=spec["kind"],
                required=False,
                position=position,
                status="active",
                version=1,
                texts={
                    lang: text for lang, text in spec["texts"].items() if lang in museum.languages
                },
                help_texts={},
                settings=spec.get("settings", {}),
                options=[
                    QuestionOption(code=code, position=i, labels=labels)
                    for i, (code, labels) in enumerate(spec.get("options", []))
                ],
            )
        )
    session.flush()


def seed_demo(
    session: Session, museums: int = 12, responses: int = 2000, seed: int = 7
) -> SeedReport:
    """Create the demo museums and top their responses up to `responses` in total. Idempotent."""
    report = SeedReport()
    report.core_version, report.core_loaded = load_core(session)
    museum_rows = ensure_museums(session, max(1, museums), report)
    ensure_demo_logins(session, museum_rows[0])
    session.commit()

    ids = [m.id for m in museum_rows]
    existing = session.scalar(
        select(func.count()).select_from(Response).where(Response.museum_id.in_(ids))
    )
    missing = max(0, responses - (existing or 0))
    if missing:
        rng = np.random.default_rng([seed, existing or 0])
        generate_responses(session, museum_rows, missing, rng)
        session.commit()
    report.responses_added = missing
    return report


def generate_responses(
    session: Session,
    museums: list[Museum],
    total: int,
    rng: np.random.Generator,
    weeks: int = 16,
    today: dt.date | None = None,
) -> None:
    """Insert `total` synthetic responses spread over the museums and the last `weeks` weeks."""
    today = today or dt.date.today()
    weights = rng.gamma(2.0, 1.0, size=len(museums))
    weights[0] = max(weights[0], weights.mean())  # the demo museum always has a fair share
    per_museum = rng.multinomial(total, weights / weights.sum())
    writer = _BulkWriter(session)
    for museum, count in zip(museums, per_museum, strict=True):
        if not count:
            continue
        survey = load_survey(session, museum)
        quality = rng.normal(3.9, 0.35)
        for start in range(0, int(count), CHUNK):
            size = min(CHUNK, int(count) - start)
            _generate_chunk(writer, survey, size, quality, rng, weeks, today)
    writer.close()


def _dates(rng: np.random.Generator, size: int, weeks: int, today: dt.date) -> np.ndarray:
    # More answers in recent weeks and at weekends, as fieldwork ramps up.
    offsets = (weeks * 7 * (1 - rng.power(1.3, size))).astype(int)
    days = np.array([today - dt.timedelta(days=int(o)) for o in range(weeks * 7 + 1)])
    weekend = np.array([d.weekday() >= 5 for d in days])
    shift = np.where(weekend[offsets] | (rng.random(size) < 0.6), 0, 1)
    return days[np.clip(offsets + shift, 0, weeks * 7)]


def _generate_chunk(writer, survey: Survey, size: int, quality: float, rng, weeks, today) -> None:
    museum = survey.museum
    response_ids = [uuid.UUID(bytes=rng.bytes(16), version=4) for _ in range(size)]
    lang_weights = np.array(
        [0.7] + [0.3 / max(1, len(museum.languages) - 1)] * (len(museum.languages) - 1)
    )
    langs = rng.choice(museum.languages, size=size, p=lang_weights / lang_weights.sum())
    dates = _dates(rng, size, weeks, today)
    writer.responses(
        zip(
            response_ids,
            repeat(museum.id),
            langs.tolist(),
            repeat(survey.core.version),
            dates.tolist(),
        )
    )
    latent = quality + rng.normal(0, 0.8, size)
    answered: dict[str, np.ndarray] = {}
    for page in survey.pages:
        for question in page.questions:
            _answer_question(writer, survey, question, response_ids, latent, langs, answered, rng)
    starts = {}
    for day in dates.tolist():
        starts[day] = starts.get(day, 0) + 1
    writer.starts(museum.id, starts, rng)


def _answer_question(writer, survey, question, response_ids, latent, langs, answered, rng) -> None:
    size = len(response_ids)
    mask = rng.random(size) >= (0 if question.required else SKIP_RATE)
    condition = (question.settings or {}).get("show_if")
    if condition:
        parent = answered.get(condition["question"])
        if parent is None:
            return
        mask &= np.isin(parent, condition["in"])
    codes = [o.code for o in question.options]
    kind = question.kind
    qid = question.id
    ids = np.array(response_ids, dtype=object)
    if kind == "single_choice":
        table = CHOICE_WEIGHTS.get(question.code, {})
        if question.code == "country":
            table = _country_weights(survey.museum.languages[0])
        p = np.array([table.get(c, 1.0 if not table else 0.0) for c in codes], dtype=float)
        p = p / p.sum() if p.sum() else np.full(len(codes), 1 / len(codes))
        values = rng.choice(codes, size=size, p=p)
        answered[question.code] = np.where(mask, values, None)
        writer.answers(
            (rid, qid, 0, code, None, None)
            for rid, code in zip(ids[mask], values[mask].tolist(), strict=True)
        )
    elif kind == "multiple_choice":
        chosen = rng.random((size, len(codes))) < 0.28
        chosen[np.arange(size), rng.integers(0, len(codes), size)] = True
        for rid, row in zip(ids[mask], chosen[mask], strict=True):
            writer.answers(
                (rid, qid, i, codes[j], None, None) for i, j in enumerate(np.flatnonzero(row))
            )
    elif kind == "scale":
        values = np.clip(np.rint(latent + rng.normal(0, 0.7, size)), 1, 5).astype(int)
        na = (
            rng.random(size) < NA_RATE.get(question.code, 0)
            if question.settings.get("allow_na")
            else np.zeros(size, bool)
        )
        rows = (
            (rid, qid, 0, "na", None, None) if is_na else (rid, qid, 0, None, int(v), None)
            for rid, v, is_na in zip(ids[mask], values[mask], na[mask], strict=True)
        )
        writer.answers(rows)
    elif kind == "nps":
        values = np.clip(np.rint((latent - 1) * 2.4 + rng.normal(0, 1.3, size)), 0, 10).astype(int)
        writer.answers(
            (rid, qid, 0, None, int(v), None)
            for rid, v in zip(ids[mask], values[mask], strict=True)
        )
    elif kind == "number":
        low, high = int(question.settings.get("min", 0)), int(question.settings.get("max", 20))
        values = np.clip(rng.poisson(4, size), low, high)
        writer.answers(
            (rid, qid, 0, None, int(v), None)
            for rid, v in zip(ids[mask], values[mask], strict=True)
        )
    elif kind == "free_text":
        mask &= rng.random(size) < 0.1
        writer.answers(
            (rid, qid, 0, None, None, SAMPLE_COMMENTS[lang][int(k)])
            for rid, lang, k in zip(
                ids[mask], langs[mask].tolist(), rng.integers(0, 3, size)[mask], strict=True
            )
        )


def _country_weights(main_language: str) -> dict[str, float]:
    home = {"nl": "NL", "fr": "BE", "de": "DE", "es": "ES", "it": "IT", "en": "GB"}.get(
        main_language, "NL"
    )
    weights = {
        "NL": 0.1,
        "BE": 0.08,
        "DE": 0.06,
        "FR": 0.04,
        "LU": 0.01,
        "GB": 0.04,
        "ES": 0.02,
        "IT": 0.02,
        "other_europe": 0.04,
        "other_world": 0.04,
    }
    weights[home] = 0.55
    return weights


class _BulkWriter:
    """Buffers rows and writes them through the fastest path the database driver offers."""

    ANSWER_COLUMNS = "response_id, question_id, ordinal, option_code, number, text"

    #: Answer rows collected before one bulk write (one call per row group is far slower).
    BATCH = 50_000

    def __init__(self, session: Session):
        self.session = session
        self.dialect = session.get_bind().dialect.name
        self.raw = session.connection().connection.driver_connection
        self.pending_answers: list[tuple] = []
        if self.dialect == "sqlite":
            # A bigger page cache keeps the answer indexes in memory during the bulk load.
            self.raw.execute("PRAGMA cache_size=-262144")

    def _uuid(self, value: uuid.UUID):
        return value.hex if self.dialect == "sqlite" else value

    def responses(self, rows) -> None:
        rows = [(self._uuid(r[0]), *r[1:]) for r in rows]
        self._write("response", "id, museum_id, language, core_version, submitted_on", rows)

    def answers(self, rows) -> None:
        self.pending_answers.extend((self._uuid(r[0]), *r[1:]) for r in rows)
        if len(self.pending_answers) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Write buffered answers; their responses are always written before them."""
        self._write("answer", self.ANSWER_COLUMNS, self.pending_answers)
        self.pending_answers = []

    def starts(self, museum_id: int, per_day: dict, rng) -> None:
        # Roughly one in five visitors who start does not finish.
        for day, completes in per_day.items():
            extra = int(rng.binomial(max(1, completes), 0.22))
            upsert_increment(
                self.session,
                SurveyStartCount.__table__,
                {"museum_id": museum_id, "day": day},
                "starts",
                completes + extra,
            )

    def _write(self, table: str, columns: str, rows: list) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            with (
                self.raw.cursor() as cursor,
                cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
            ):
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" * len(columns.split(",")))
            self.raw.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)  # noqa: S608

    def close(self) -> None:
        self.flush()
        self.session.flush()
