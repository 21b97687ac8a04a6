"""The eight demo livrets, one per mesure or mode d'accueil (demonstration data)."""

COMMON_DROITS = [
    "etre_informe",
    "personne_choix",
    "acces_dossier",
    "personne_qualifiee",
    "mediateur",
    "defenseur_droits",
]
ADMIN_RECOURS = ["recours_gracieux", "tribunal_administratif", "reclamation"]
JUDICIAL_RECOURS = ["appel_juge", "demander_au_juge", "reclamation"]

CONTACTS = {
    "title": "Qui contacter",
    "intro": "Données de démonstration : numéros et adresses fictifs.",
    "phone": "01 00 00 00 10",
    "phone_hours": "du lundi au vendredi, de 9 h à 17 h",
    "email": "livret-familles@demo.portail.example",
    "permanences": [
        {
            "place": "MDS du Centre",
            "address": "1 place de la Mairie (démonstration)",
            "days": "le mardi",
            "hours": "de 14 h à 17 h",
        },
        {
            "place": "MDS du Sud",
            "address": "12 rue des Écoles (démonstration)",
            "days": "le jeudi",
            "hours": "de 9 h à 12 h",
        },
    ],
}

LIVRETS = [
    {
        "mesure_code": "aed",
        "slug": "aide-educative-a-domicile",
        "cadre": "administratif",
        "title": "L'aide éducative à domicile (AED)",
        "summary": "Vous rencontrez des difficultés dans l'éducation de vos enfants et vous "
        "avez demandé ou accepté de l'aide. Un éducateur vient vous voir régulièrement, chez "
        "vous ou à la MDS. Vos enfants restent à la maison. L'aide est décidée avec votre "
        "accord écrit, pour une durée fixée (souvent six mois à un an), et peut être "
        "renouvelée.",
        "intervenants": ["referent_ase", "educateur", "tisf", "psychologue"],
        "droits": COMMON_DROITS,
        "recours": ADMIN_RECOURS,
        "steps": [
            ("La demande", "Vous demandez de l'aide, ou un professionnel vous la propose."),
            (
                "L'évaluation",
                "Un travailleur social vous rencontre pour comprendre la situation et vos besoins.",
            ),
            (
                "La signature",
                "Vous signez un accord qui dit pourquoi, combien de temps et ce qui est prévu.",
            ),
            (
                "L'accompagnement",
                "L'éducateur vient régulièrement. Vous fixez ensemble des objectifs simples.",
            ),
            (
                "Le bilan",
                "Avant la fin, on fait le point avec vous : arrêter, continuer ou changer d'aide.",
            ),
        ],
    },
    {
        "mesure_code": "aemo",
        "slug": "action-educative-en-milieu-ouvert",
        "cadre": "judiciaire",
        "title": "L'action éducative en milieu ouvert (AEMO)",
        "summary": "Le juge des enfants a décidé qu'un service éducatif accompagne votre "
        "famille. Vos enfants restent chez vous. L'éducateur vous aide et rend compte au juge. "
        "La mesure dure au maximum deux ans et peut être renouvelée par le juge.",
        "intervenants": ["juge_enfants", "educateur", "psychologue", "referent_ase"],
        "droits": COMMON_DROITS + ["avocat", "autorite_parentale"],
        "recours": JUDICIAL_RECOURS,
        "steps": [
            ("L'audience", "Le juge vous reçoit avec votre enfant et décide de la mesure."),
            (
                "La première rencontre",
                "Le service éducatif vous contacte et vous explique comment il va travailler.",
            ),
            ("L'accompagnement", "Rencontres régulières, à la maison ou au service."),
            (
                "Le rapport",
                "Avant l'échéance, le service écrit un rapport au juge. Vous "
                "pouvez le lire au tribunal.",
            ),
            (
                "La nouvelle audience",
                "Le juge décide d'arrêter, de continuer ou de modifier la mesure.",
            ),
        ],
    },
    {
        "mesure_code": "accueil_provisoire",
        "slug": "accueil-provisoire",
        "cadre": "administratif",
        "title": "L'accueil provisoire de votre enfant",
        "summary": "Vous traversez une période difficile (santé, logement, crise familiale) et "
        "vous avez demandé que votre enfant soit accueilli pour un temps. Vous gardez "
        "l'autorité parentale. L'accueil est décidé avec votre accord écrit, pour une durée "
        "limitée, et le retour est préparé avec vous.",
        "intervenants": [
            "referent_ase",
            "cadre_ase",
            "assistant_familial",
            "equipe_etablissement",
            "medecin_pmi",
        ],
        "droits": COMMON_DROITS + ["autorite_parentale"],
        "recours": ADMIN_RECOURS,
        "steps": [
            ("La demande", "Vous demandez l'accueil à la MDS."),
            (
                "L'accord",
                "Vous signez un document qui dit la durée, le lieu et vos contacts "
                "avec votre enfant.",
            ),
            (
                "L'arrivée",
                "Votre enfant fait un bilan de santé. Vous êtes informé du nom des référents.",
            ),
            ("Le projet pour l'enfant", "Le PPE est écrit avec vous dans les premiers temps."),
            ("Le retour", "Le retour à la maison est préparé avec vous et votre enfant."),
        ],
    },
    {
        "mesure_code": "placement_judiciaire",
        "slug": "placement-judiciaire",
        "cadre": "judiciaire",
        "title": "Le placement décidé par le juge des enfants",
        "summary": "Le juge des enfants a confié votre enfant à l'aide sociale à l'enfance. "
        "Votre enfant vit ailleurs pour un temps, chez un assistant familial ou dans un "
        "établissement. Vous restez ses parents : vous êtes informé, consulté et vous gardez "
        "des liens selon la décision du juge.",
        "intervenants": [
            "juge_enfants",
            "referent_ase",
            "cadre_ase",
            "assistant_familial",
            "equipe_etablissement",
            "psychologue",
        ],
        "droits": COMMON_DROITS + ["avocat", "autorite_parentale"],
        "recours": JUDICIAL_RECOURS,
        "steps": [
            ("La décision du juge", "Le juge fixe la durée, le lieu et vos droits de visite."),
            (
                "L'arrivée de l'enfant",
                "Un bilan de santé est fait. On vous présente le lieu d'accueil et les référents.",
            ),
            (
                "Le projet pour l'enfant",
                "Le PPE est écrit avec vous : santé, école, loisirs, liens familiaux.",
            ),
            (
                "Les visites",
                "Elles ont lieu comme le juge l'a décidé, parfois accompagnées par "
                "un professionnel.",
            ),
            (
                "Le rapport et l'audience",
                "Chaque année au moins, un rapport est envoyé au juge, qui réexamine la situation.",
            ),
        ],
    },
    {
        "mesure_code": "assistant_familial",
        "slug": "accueil-assistant-familial",
        "cadre": "administratif",
        "title": "L'accueil chez un assistant familial",
        "summary": "Votre enfant vit chez un assistant familial, un professionnel agréé qui "
        "l'accueille dans sa famille. C'est le mode d'accueil le plus fréquent. L'assistant "
        "familial s'occupe du quotidien et travaille avec le référent. Vous êtes informé de "
        "la vie de votre enfant.",
        "intervenants": ["assistant_familial", "referent_ase", "medecin_pmi", "psychologue"],
        "droits": COMMON_DROITS + ["autorite_parentale"],
        "recours": ADMIN_RECOURS + ["appel_juge"],
        "steps": [
            (
                "La présentation",
                "On vous présente l'assistant familial, quand c'est possible avant l'arrivée.",
            ),
            ("L'arrivée", "Votre enfant apporte ses affaires et ses objets importants."),
            (
                "Le quotidien",
                "École, santé, loisirs : l'assistant familial vous tient "
                "informé par l'intermédiaire du référent.",
            ),
            ("Les rencontres", "Visites, appels, week-ends selon ce qui est prévu."),
            ("Le bilan", "On fait le point régulièrement avec vous."),
        ],
    },
    {
        "mesure_code": "etablissement",
        "slug": "accueil-en-etablissement",
        "cadre": "administratif",
        "title": "L'accueil en maison d'enfants ou en foyer",
        "summary": "Votre enfant vit dans une maison d'enfants à caractère social (MECS) ou "
        "un foyer. Une équipe d'éducateurs s'en occupe jour et nuit. L'établissement vous "
        "remet un livret d'accueil et un règlement. Vous êtes associé aux décisions "
        "importantes.",
        "intervenants": ["equipe_etablissement", "referent_ase", "psychologue", "medecin_pmi"],
        "droits": COMMON_DROITS + ["autorite_parentale"],
        "recours": ADMIN_RECOURS + ["appel_juge"],
        "steps": [
            ("L'admission", "L'établissement vous reçoit et vous présente son fonctionnement."),
            (
                "Le document de prise en charge",
                "Vous signez un document qui précise l'accompagnement.",
            ),
            (
                "La vie dans l'établissement",
                "Votre enfant va à l'école, a des activités, peut recevoir vos appels.",
            ),
            (
                "Le conseil de la vie sociale",
                "Les jeunes et les familles peuvent y donner "
                "leur avis sur la vie de l'établissement.",
            ),
            ("Le bilan", "Le projet est revu avec vous au moins une fois par an."),
        ],
    },
    {
        "mesure_code": "tiers_digne_de_confiance",
        "slug": "tiers-digne-de-confiance",
        "cadre": "judiciaire",
        "title": "L'accueil chez un tiers digne de confiance",
        "summary": "Le juge des enfants a confié votre enfant à une personne de votre "
        "entourage : un grand-parent, un oncle, une tante, un ami de la famille. Cette "
        "personne s'occupe de votre enfant au quotidien et le Département l'accompagne.",
        "intervenants": ["tiers", "juge_enfants", "referent_ase", "educateur"],
        "droits": COMMON_DROITS + ["avocat", "autorite_parentale"],
        "recours": JUDICIAL_RECOURS,
        "steps": [
            (
                "La proposition",
                "Un proche se propose, ou le service cherche avec vous une personne de confiance.",
            ),
            (
                "L'évaluation",
                "Le service rencontre la personne et vérifie que l'accueil est possible.",
            ),
            ("La décision du juge", "Le juge confie l'enfant et fixe vos contacts."),
            ("Le suivi", "Un professionnel rend visite régulièrement et soutient le tiers."),
            ("L'audience suivante", "Le juge réexamine la situation à l'échéance."),
        ],
    },
    {
        "mesure_code": "jeune_majeur",
        "slug": "accompagnement-jeune-majeur",
        "cadre": "administratif",
        "title": "L'accompagnement après 18 ans (contrat jeune majeur)",
        "summary": "Tu as eu 18 ans ou tu vas les avoir, et tu as besoin d'aide pour finir "
        "tes études, trouver un travail ou un logement. Le contrat jeune majeur te permet "
        "d'être accompagné jusqu'à 21 ans. Tu le demandes et tu le signes toi-même.",
        "intervenants": ["conseiller_jeune", "mission_locale", "referent_ase"],
        "droits": [
            "etre_informe",
            "personne_choix",
            "acces_dossier",
            "defenseur_droits",
            "mediateur",
        ],
        "recours": ADMIN_RECOURS,
        "steps": [
            (
                "L'entretien un an avant tes 18 ans",
                "Vers 17 ans, tu fais le bilan de ton parcours et tu parles de ton projet.",
            ),
            ("La demande", "Tu fais ta demande de contrat jeune majeur avant tes 18 ans."),
            (
                "La signature",
                "Le contrat dit ce que tu t'engages à faire et ce que le "
                "Département t'apporte (logement, argent, accompagnement).",
            ),
            ("Les bilans", "Tu fais le point régulièrement avec ton référent."),
            (
                "La sortie",
                "Avant la fin, on vérifie avec toi que tu as un logement, des "
                "ressources et tes papiers.",
            ),
        ],
    },
]
