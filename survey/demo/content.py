"""What the demo museums hold: names, languages, own questions, comments and answer weights.

Data tables only; survey/demo/seed.py and survey/demo/responses.py use them.
"""

from __future__ import annotations

DEMO_SLUG = "demo"
#: (role, e-mail, password) of the demo accounts; for local demonstration only.
DEMO_LOGINS = (
    ("staff", "staff@sentomus.example", "sentomus-staff-demo"),
    ("editor", "editor@demo-museum.example", "sentomus-editor-demo"),
    ("viewer", "viewer@demo-museum.example", "sentomus-viewer-demo"),
)
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

#: Home country of a museum's visitors by the museum's main language; they get HOME_SHARE.
HOME_COUNTRY = {"nl": "NL", "fr": "BE", "de": "DE", "es": "ES", "it": "IT", "en": "GB"}
HOME_SHARE = 0.55
#: Weights of the countries visitors come from, before the home country gets HOME_SHARE.
COUNTRY_WEIGHTS = {
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
