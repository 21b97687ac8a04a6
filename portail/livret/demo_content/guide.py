"""Demo guide du parcours for young people aged 15 and over (demonstration data)."""

INTRO = (
    "Tu as 15 ans ou plus et tu es accompagné par l'aide sociale à l'enfance. Ce guide "
    "t'aide à préparer tes 18 ans, étape par étape : papiers, santé, argent, logement, "
    "études et travail, droits, loisirs. Tu peux cocher ce qui est fait et l'imprimer."
)

TIMELINE = [
    (
        "15 ans",
        "On commence à parler de ton avenir",
        "<p>Avec ton référent, tu fais le point sur ce que tu aimes, ce que tu sais faire et ce "
        "que tu veux apprendre. Ton projet pour l'enfant (PPE) parle maintenant de ton "
        "autonomie.</p>",
    ),
    (
        "16 ans",
        "Tu t'entraînes à l'autonomie",
        "<p>Tu fais des démarches toi-même, avec de l'aide : rendez-vous médical, compte en "
        "banque, recherche de stage. Certains jeunes essaient un logement plus autonome.</p>",
    ),
    (
        "17 ans",
        "L'entretien un an avant tes 18 ans",
        "<p>Un entretien est organisé un an avant ta majorité pour faire le bilan de ton "
        "parcours : où tu vas vivre, de quoi tu vas vivre, ce qu'il te manque. C'est le moment "
        "de préparer ta demande de contrat jeune majeur si tu en as besoin.</p>",
    ),
    (
        "18 ans",
        "Tu es majeur",
        "<p>Tu signes seul tes papiers. La mesure de protection s'arrête, sauf si tu as signé "
        "un contrat jeune majeur. Si tu es en cours d'année scolaire, tu peux demander à être "
        "accompagné jusqu'à la fin de l'année.</p>",
    ),
    (
        "18 à 21 ans",
        "Le contrat jeune majeur",
        "<p>Le contrat jeune majeur peut t'aider pour le logement, l'argent et "
        "l'accompagnement jusqu'à 21 ans. Il est fait avec toi, pour un projet précis, et "
        "revu régulièrement.</p>",
    ),
]

# (domain key, title, intro, [(step title, precision, age)])
DOMAINS = [
    (
        "papiers",
        "Papiers",
        "Avoir ses papiers à jour évite beaucoup de blocages.",
        [
            (
                "Avoir une carte d'identité valide",
                "À demander en mairie, sur rendez-vous.",
                "15 ans",
            ),
            (
                "Faire le recensement",
                "À la mairie, dans les trois mois après tes 16 ans.",
                "16 ans",
            ),
            (
                "Participer à la journée défense et citoyenneté (JDC)",
                "Tu reçois une convocation après le recensement.",
                "17 ans",
            ),
            (
                "Garder une copie de ton acte de naissance",
                "Demande gratuite à la mairie de naissance ou en ligne.",
                "",
            ),
            (
                "Ranger tes documents importants dans un classeur",
                "Ou dans ton espace personnel sur ce portail.",
                "",
            ),
        ],
    ),
    (
        "sante",
        "Santé",
        "Prendre soin de toi, et savoir où aller.",
        [
            ("Avoir ta propre carte Vitale", "Possible dès 16 ans auprès de la CPAM.", "16 ans"),
            (
                "Demander la complémentaire santé solidaire (CSS)",
                "Elle paie le reste à charge si tes revenus sont faibles.",
                "18 ans",
            ),
            ("Choisir ton médecin traitant", "Déclare-le à l'assurance maladie.", "16 ans"),
            (
                "Connaître le centre de santé sexuelle près de chez toi",
                "Contraception, tests, questions : gratuit et confidentiel, même pour les mineurs.",
                "",
            ),
            (
                "Récupérer ton carnet de santé",
                "Demande-le à ton référent avant tes 18 ans.",
                "17 ans",
            ),
        ],
    ),
    (
        "argent",
        "Argent et ressources",
        "Savoir de quoi tu vas vivre après 18 ans.",
        [
            (
                "Ouvrir un compte bancaire",
                "Avec ta pièce d'identité et un justificatif de domicile.",
                "16 ans",
            ),
            (
                "Connaître ton pécule",
                "L'allocation de rentrée scolaire mise de côté pour toi t'est versée à 18 ans.",
                "17 ans",
            ),
            (
                "Demander tes aides (bourse, APL, prime d'activité)",
                "Ton référent ou la mission locale t'aide à faire les demandes.",
                "18 ans",
            ),
            ("Faire un budget simple", "Ce qui rentre, ce qui sort chaque mois.", ""),
        ],
    ),
    (
        "logement",
        "Logement",
        "Savoir où tu vas vivre, et comment payer.",
        [
            ("Parler de ton logement après 18 ans à l'entretien de 17 ans", "", "17 ans"),
            (
                "Découvrir les foyers de jeunes travailleurs (FJT)",
                "Des logements meublés pour les jeunes qui travaillent ou se forment.",
                "",
            ),
            ("Faire une demande de logement social", "Elle peut être faite dès 18 ans.", "18 ans"),
            (
                "Demander l'aide au logement (APL)",
                "Auprès de la CAF, dès l'entrée dans le logement.",
                "18 ans",
            ),
        ],
    ),
    (
        "formation",
        "Formation et emploi",
        "Trouver ta voie, à ton rythme.",
        [
            ("Faire un stage de découverte", "Au collège ou pendant les vacances.", "15 ans"),
            (
                "Rencontrer la mission locale",
                "Pour les 16-25 ans : formation, emploi, aides.",
                "16 ans",
            ),
            ("Connaître l'apprentissage", "Tu apprends un métier et tu es payé.", "16 ans"),
            ("Préparer un CV", "La mission locale ou ton éducateur peut t'aider.", ""),
            (
                "Passer le code ou le permis",
                "Des aides existent : demande à la mission locale.",
                "17 ans",
            ),
        ],
    ),
    (
        "droits",
        "Droits et recours",
        "Tu as des droits. Tu peux être aidé pour les faire respecter.",
        [
            ("Lire ton projet pour l'enfant (PPE)", "Tu peux donner ton avis et le signer.", ""),
            (
                "Savoir comment demander ton dossier",
                "Dès 18 ans, tu peux le consulter toi-même.",
                "18 ans",
            ),
            (
                "Connaître le Défenseur des droits",
                "Tu peux le contacter toi-même, même mineur.",
                "",
            ),
            ("Préparer ta demande de contrat jeune majeur", "Avant tes 18 ans.", "17 ans"),
        ],
    ),
    (
        "loisirs",
        "Loisirs",
        "Sport, culture, vacances : c'est important aussi.",
        [
            ("T'inscrire à une activité", "Demande à ton référent ou à ton lieu d'accueil.", ""),
            (
                "Connaître les aides pour les loisirs",
                "Pass sport, pass culture, aides de la commune.",
                "",
            ),
            (
                "Rencontrer des jeunes passés par l'aide sociale à l'enfance",
                "Des associations d'anciens organisent des rencontres.",
                "",
            ),
        ],
    ),
]
