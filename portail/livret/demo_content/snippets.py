"""Demo intervenants, rights and ways to appeal (demonstration data, plain French)."""

CONTACT_MDS = (
    "Par l'accueil de votre Maison départementale des solidarités (MDS), du lundi au vendredi."
)

# key: (role, what they do (HTML), how to reach, cadre)
INTERVENANTS = {
    "referent_ase": (
        "Référent ou référente de l'aide sociale à l'enfance",
        "<p>C'est votre interlocuteur principal. Il ou elle suit la situation de votre enfant, "
        "prépare avec vous le projet pour l'enfant (PPE) et vous tient au courant des "
        "décisions. Vous pouvez lui poser toutes vos questions.</p>",
        CONTACT_MDS + " Son nom et son numéro direct sont écrits sur le premier courrier.",
        "",
    ),
    "cadre_ase": (
        "Cadre de l'aide sociale à l'enfance",
        "<p>Il ou elle prend les décisions au nom du Président du Département et garantit que "
        "le parcours de votre enfant est cohérent. Vous pouvez demander à le ou la rencontrer "
        "si vous n'êtes pas d'accord avec une décision.</p>",
        "Demandez un rendez-vous par votre référent ou par l'accueil de la MDS.",
        "",
    ),
    "educateur": (
        "Éducateur ou éducatrice",
        "<p>Il ou elle vient chez vous ou vous reçoit, parle avec vos enfants et avec vous, et "
        "vous aide dans l'éducation au quotidien : école, règles à la maison, relations.</p>",
        "Les rendez-vous sont fixés ensemble. En cas d'empêchement, prévenez le service.",
        "",
    ),
    "tisf": (
        "Technicien ou technicienne de l'intervention sociale et familiale (TISF)",
        "<p>Il ou elle partage des moments du quotidien avec vous (repas, devoirs, coucher, "
        "démarches) pour vous soutenir dans votre rôle de parent, sans faire à votre place.</p>",
        "Les jours de venue sont décidés avec vous et notés dans le projet.",
        "administratif",
    ),
    "assistant_familial": (
        "Assistant ou assistante familial",
        "<p>C'est un professionnel agréé et salarié qui accueille votre enfant chez lui, dans sa "
        "famille. Il ou elle s'occupe de votre enfant chaque jour et travaille avec le service. "
        "Vous restez les parents de votre enfant.</p>",
        "Les échanges avec l'assistant familial se font selon ce qui est prévu dans le PPE.",
        "",
    ),
    "juge_enfants": (
        "Juge des enfants",
        "<p>Il ou elle décide d'une mesure quand un enfant est en danger et que l'accord avec "
        "la famille n'est pas possible ou pas suffisant. Le juge vous reçoit, vous écoute et "
        "écoute votre enfant, puis décide pour une durée limitée.</p>",
        "Vous recevez une convocation du tribunal judiciaire. Vous pouvez être aidé par un avocat.",
        "judiciaire",
    ),
    "medecin_pmi": (
        "Médecin de protection maternelle et infantile (PMI), référent santé",
        "<p>Il ou elle veille à la santé de votre enfant : bilan à l'arrivée, vaccins, suivi "
        "régulier. Vous êtes informé des rendez-vous et des résultats.</p>",
        "Par le centre de PMI le plus proche ou par votre référent.",
        "",
    ),
    "psychologue": (
        "Psychologue",
        "<p>Il ou elle peut rencontrer votre enfant et vous-même pour parler de ce que vous "
        "vivez. Les visites accompagnées (médiatisées) se font souvent avec un psychologue et "
        "un éducateur.</p>",
        "Sur rendez-vous, proposé par le service.",
        "",
    ),
    "equipe_etablissement": (
        "Équipe de l'établissement (MECS, foyer)",
        "<p>Des éducateurs, un chef de service et souvent un psychologue s'occupent de votre "
        "enfant au quotidien dans la maison d'enfants. Un éducateur est désigné comme référent "
        "de votre enfant dans l'établissement.</p>",
        "L'établissement vous donne ses coordonnées et ses horaires d'appel dès l'arrivée.",
        "",
    ),
    "tiers": (
        "Tiers digne de confiance",
        "<p>C'est une personne de votre entourage (grand-parent, oncle, tante, ami de la famille) "
        "à qui le juge confie votre enfant. Elle s'occupe de lui au quotidien et reçoit une aide "
        "du Département.</p>",
        "Les contacts avec vous sont organisés selon la décision du juge.",
        "judiciaire",
    ),
    "conseiller_jeune": (
        "Référent ou référente jeune majeur",
        "<p>Il ou elle t'aide à construire ton projet après 18 ans : études, travail, logement, "
        "argent, santé. Il ou elle prépare avec toi le contrat jeune majeur et fait le point "
        "régulièrement.</p>",
        "Par la MDS ou le service jeunes majeurs. Tu peux demander un rendez-vous à tout moment.",
        "administratif",
    ),
    "mission_locale": (
        "Conseiller ou conseillère de mission locale",
        "<p>Pour les 16-25 ans : trouver une formation, un emploi, un apprentissage, et aider "
        "pour le logement, la santé, la mobilité.</p>",
        "Sans rendez-vous à l'accueil de la mission locale, ou par téléphone.",
        "",
    ),
}

# key: (name, explanation, how to exercise, contact)
DROITS = {
    "personne_choix": (
        "Être accompagné par la personne de votre choix",
        "<p>Pour les rendez-vous importants avec le service, vous pouvez venir avec une "
        "personne en qui vous avez confiance : un proche, un ami, un membre d'une association.</p>",
        "<p>Dites-le à votre référent avant le rendez-vous. La personne vous soutient, mais "
        "c'est vous qui décidez et qui signez.</p>",
        "Votre référent de l'aide sociale à l'enfance.",
    ),
    "personne_qualifiee": (
        "Faire appel à une personne qualifiée",
        "<p>Si vous êtes en désaccord avec un établissement ou un service, une personne qualifiée "
        "peut vous aider gratuitement à faire valoir vos droits. Elle est indépendante et "
        "choisie sur une liste officielle.</p>",
        "<p>Demandez la liste des personnes qualifiées à l'accueil de la MDS ou de "
        "l'établissement. Elle est aussi affichée dans les établissements. Vous écrivez ou "
        "téléphonez à la personne de votre choix sur cette liste.</p>",
        "Liste fixée par le Département, l'Agence régionale de santé et la préfecture.",
    ),
    "mediateur": (
        "Demander une médiation",
        "<p>Un médiateur aide à renouer le dialogue quand la relation avec le service est "
        "bloquée. Il ne décide pas à votre place : il aide chacun à s'écouter et à trouver une "
        "solution.</p>",
        "<p>Écrivez au médiateur du Département en expliquant le problème et ce que vous avez "
        "déjà fait. La médiation est gratuite.</p>",
        "Médiateur du Département (adresse sur le site du Département).",
    ),
    "defenseur_droits": (
        "Saisir le Défenseur des droits",
        "<p>Le Défenseur des droits est une autorité indépendante. Il défend les droits des "
        "enfants et les droits des personnes face aux services publics. Un enfant peut le "
        "saisir lui-même.</p>",
        "<p>Par le formulaire en ligne, par courrier gratuit (Défenseur des droits, Libre "
        "réponse 71120, 75342 Paris CEDEX 07) ou auprès d'un délégué près de chez vous. "
        "Le téléphone est le 09 69 39 00 00.</p>",
        "Défenseur des droits : 09 69 39 00 00 (prix d'un appel local).",
        "https://www.defenseurdesdroits.fr/",
        "Site du Défenseur des droits",
    ),
    "acces_dossier": (
        "Consulter le dossier",
        "<p>Vous avez le droit de lire le dossier de votre enfant et de votre famille tenu par "
        "l'aide sociale à l'enfance : rapports, décisions, projet pour l'enfant. Un jeune "
        "devenu majeur peut aussi demander son dossier.</p>",
        "<p>Faites la demande par écrit (courrier ou depuis votre espace sur ce portail). Le "
        "service vous propose un rendez-vous pour le lire avec un professionnel qui peut vous "
        "l'expliquer. Vous pouvez demander une copie. Certains passages qui concernent d'autres "
        "personnes peuvent être cachés.</p>",
        "Votre MDS ou votre espace personnel, rubrique « Mon dossier ».",
    ),
    "etre_informe": (
        "Être informé et donner votre avis",
        "<p>Vous devez être informé de la mesure, de sa durée et de ce qui est prévu pour votre "
        "enfant. Votre avis et celui de votre enfant sont recueillis avant les décisions "
        "importantes.</p>",
        "<p>Demandez à lire et à signer le projet pour l'enfant (PPE). Vous pouvez écrire vos "
        "remarques dessus. Si une décision vous surprend, demandez un rendez-vous.</p>",
        "Votre référent.",
    ),
    "autorite_parentale": (
        "Garder votre autorité parentale",
        "<p>Sauf décision contraire du juge, vous restez titulaire de l'autorité parentale, même "
        "si votre enfant est accueilli ailleurs. Les décisions importantes (santé grave, école, "
        "religion, voyage à l'étranger) vous sont demandées.</p>",
        "<p>Si une décision importante a été prise sans vous, parlez-en à votre référent ou au "
        "cadre de l'aide sociale à l'enfance.</p>",
        "Votre référent.",
    ),
    "avocat": (
        "Être assisté par un avocat",
        "<p>Devant le juge des enfants, vous et votre enfant pouvez avoir un avocat. Si vos "
        "revenus sont faibles, l'aide juridictionnelle peut payer tout ou partie de ses frais.</p>",
        "<p>Demandez un avocat au tribunal ou au point justice le plus proche. Le formulaire "
        "d'aide juridictionnelle est disponible au tribunal et en ligne.</p>",
        "Point justice ou accueil du tribunal judiciaire.",
    ),
}

# key: (title, when, how, deadline, cadre)
RECOURS = {
    "recours_gracieux": (
        "Demander au Département de revoir sa décision (recours gracieux)",
        "<p>Vous n'êtes pas d'accord avec une décision du Département (refus d'une aide, fin d'un "
        "accueil provisoire, refus d'un contrat jeune majeur).</p>",
        "<p>Écrivez au Président du Département en expliquant pourquoi vous n'êtes pas "
        "d'accord. Joignez une copie de la décision. Gardez une copie de votre lettre.</p>",
        "Deux mois après avoir reçu la décision.",
        "administratif",
    ),
    "tribunal_administratif": (
        "Saisir le tribunal administratif",
        "<p>Le Département maintient sa décision après votre recours gracieux, ou ne répond pas "
        "pendant deux mois.</p>",
        "<p>Vous écrivez au tribunal administratif (aussi en ligne avec Télérecours citoyens). "
        "Un avocat n'est pas toujours obligatoire. L'aide juridictionnelle peut vous aider.</p>",
        "Deux mois après la réponse (ou l'absence de réponse) du Département.",
        "administratif",
    ),
    "appel_juge": (
        "Faire appel d'une décision du juge des enfants",
        "<p>Vous n'êtes pas d'accord avec un jugement du juge des enfants (placement, "
        "droit de visite, renouvellement).</p>",
        "<p>Faites une déclaration d'appel au greffe du tribunal ou par lettre recommandée, ou "
        "demandez à votre avocat de le faire. L'appel est examiné par la cour d'appel. En "
        "attendant, la décision du juge s'applique.</p>",
        "Quinze jours après la notification du jugement.",
        "judiciaire",
    ),
    "demander_au_juge": (
        "Demander au juge de modifier sa décision",
        "<p>La situation a changé (déménagement, travail, soins, lien avec l'enfant) et vous "
        "pensez que la mesure doit évoluer.</p>",
        "<p>Écrivez au juge des enfants qui suit votre dossier. Expliquez ce qui a changé et "
        "joignez des preuves si vous en avez. Le juge peut vous convoquer.</p>",
        "À tout moment.",
        "judiciaire",
    ),
    "reclamation": (
        "Faire une réclamation",
        "<p>Vous n'êtes pas satisfait de la façon dont vous avez été reçu ou accompagné.</p>",
        "<p>Utilisez le formulaire de réclamation du portail ou écrivez au service. Vous recevez "
        "une réponse écrite. Si elle ne vous convient pas, vous pouvez demander une médiation "
        "ou saisir le Défenseur des droits.</p>",
        "",
        "",
    ),
}
