"""Demo FAQ: themes and entries, with the ways people really type their questions."""

# slug: (name, intro)
THEMES = {
    "ase": ("Aide sociale à l'enfance", "Comprendre l'aide sociale à l'enfance et ses mesures."),
    "droits": ("Vos droits et recours", "Ce que vous pouvez demander, et à qui."),
    "dossier": ("Le dossier", "Consulter le dossier de votre enfant ou le vôtre."),
    "pmi": (
        "PMI et petite enfance",
        "La protection maternelle et infantile, de la grossesse aux 6 ans.",
    ),
    "caf": ("CAF et argent", "Les aides de la caisse d'allocations familiales."),
    "sante-sexuelle": (
        "Santé sexuelle",
        "Contraception, tests, grossesse : gratuit et confidentiel.",
    ),
    "handicap": ("Handicap", "Les démarches quand un enfant a un handicap."),
    "jeunes-majeurs": ("Jeunes de 15 ans et plus", "Préparer ses 18 ans et après."),
}

# (theme, slug, question, answer HTML, bot phrasings)
ENTRIES = [
    (
        "ase",
        "c-est-quoi-l-ase",
        "C'est quoi l'aide sociale à l'enfance (ASE) ?",
        "<p>C'est un service du Département. Il aide les familles qui traversent des "
        "difficultés pour élever leurs enfants, et protège les enfants en danger. L'aide peut "
        "se faire à la maison ou, si besoin, par un accueil de l'enfant ailleurs.</p>",
        [
            "c quoi l'ase",
            "ase cest quoi",
            "a quoi sert l aide sociale a l enfance",
            "l'ASE ça sert à quoi",
            "c'est qui l'ase",
        ],
    ),
    (
        "ase",
        "difference-aed-aemo",
        "Quelle différence entre AED et AEMO ?",
        "<p>Dans les deux cas, un éducateur vous accompagne et vos enfants restent chez vous. "
        "L'AED est décidée par le Département avec votre accord. L'AEMO est décidée par le juge "
        "des enfants.</p>",
        [
            "difference aed aemo",
            "aemo ou aed c pareil ?",
            "c koi une aemo",
            "l'aed c'est le juge ?",
        ],
    ),
    (
        "ase",
        "placement-combien-de-temps",
        "Combien de temps dure un placement ?",
        "<p>La durée est toujours fixée dans la décision : au plus un an pour un accueil "
        "provisoire renouvelable, au plus deux ans pour une décision du juge, renouvelable. "
        "La situation est revue régulièrement.</p>",
        [
            "combien de temps dure un placement",
            "placement ca dure combien",
            "mon fils est placé pour combien de tps",
            "duree placement ase",
            "quand mon enfant va rentrer",
        ],
    ),
    (
        "ase",
        "voir-mon-enfant-place",
        "Est-ce que je peux voir mon enfant placé ?",
        "<p>Oui, dans la grande majorité des cas. Les visites, appels et séjours sont fixés "
        "par le juge ou dans l'accord avec le Département. Certaines visites se font en "
        "présence d'un professionnel. Parlez-en à votre référent.</p>",
        [
            "je peux voir mon fils placé",
            "droit de visite enfant placé",
            "voir ma fille en foyer",
            "visite mediatisee c quoi",
            "on m'empeche de voir mon enfant",
        ],
    ),
    (
        "ase",
        "qui-est-mon-referent",
        "Comment savoir qui est le référent de mon enfant ?",
        "<p>Son nom figure sur les courriers du service. Vous pouvez aussi appeler l'accueil de "
        "votre MDS. Si vous avez un compte sur ce portail, il apparaît dans votre espace.</p>",
        [
            "c'est qui mon referent",
            "nom du referent ase",
            "je connais pas mon éducateur",
            "qui suit mon dossier",
        ],
    ),
    (
        "ase",
        "c-est-quoi-le-ppe",
        "C'est quoi le projet pour l'enfant (PPE) ?",
        "<p>C'est un document écrit avec vous, votre enfant et le service. Il dit ce qui est "
        "prévu pour votre enfant : santé, école, loisirs, liens avec la famille. Vous le "
        "signez et vous en recevez une copie.</p>",
        ["c'est quoi le ppe", "ppe ase", "projet pour l enfant c koi", "on m'a parlé du PPE"],
    ),
    (
        "ase",
        "tiers-digne-confiance",
        "Ma mère peut-elle accueillir mon enfant ?",
        "<p>Oui, un proche peut être désigné comme tiers digne de confiance par le juge des "
        "enfants. Le service vérifie d'abord que l'accueil est possible. Parlez-en à votre "
        "référent ou à votre avocat.</p>",
        [
            "ma mere peut prendre mon fils",
            "confier enfant a la grand mere",
            "tiers digne de confiance c quoi",
            "placer chez la famille",
        ],
    ),
    (
        "droits",
        "pas-d-accord-decision",
        "Je ne suis pas d'accord avec une décision. Que faire ?",
        "<p>Commencez par en parler avec votre référent ou demandez un rendez-vous avec le cadre "
        "de l'aide sociale à l'enfance. Vous pouvez ensuite écrire au Département (deux mois "
        "pour une décision administrative) ou faire appel d'une décision du juge (quinze "
        "jours).</p>",
        [
            "je suis pas d'accord avec la décision",
            "contester placement",
            "faire appel juge des enfants",
            "recours decision ase",
            "comment contester",
        ],
    ),
    (
        "droits",
        "personne-qualifiee",
        "C'est quoi une personne qualifiée ?",
        "<p>C'est une personne indépendante qui vous aide gratuitement à faire valoir vos "
        "droits face à un établissement ou un service. La liste est disponible à la MDS et "
        "affichée dans les établissements.</p>",
        [
            "personne qualifiée c quoi",
            "qui peut m'aider contre le foyer",
            "aide gratuite droits",
            "personne qualifie liste",
        ],
    ),
    (
        "droits",
        "defenseur-des-droits",
        "Comment contacter le Défenseur des droits ?",
        "<p>Par téléphone au 09 69 39 00 00, par le formulaire en ligne, ou auprès d'un délégué "
        "près de chez vous. Un enfant peut le contacter lui-même. C'est gratuit.</p>",
        [
            "defenseur des droits numero",
            "contacter defenseur droit",
            "je veux me plaindre a quelqu'un d'independant",
            "defenseur des droits enfant",
        ],
    ),
    (
        "droits",
        "venir-accompagne",
        "Puis-je venir accompagné à un rendez-vous ?",
        "<p>Oui. Vous pouvez venir avec une personne de votre choix : un proche, un ami, une "
        "association. Prévenez votre référent avant.</p>",
        [
            "je peux venir avec qqn",
            "venir accompagner rdv ase",
            "ma soeur peut venir avec moi",
            "accompagnement personne de confiance",
        ],
    ),
    (
        "droits",
        "avocat-gratuit",
        "Ai-je droit à un avocat gratuit ?",
        "<p>Devant le juge des enfants, vous pouvez avoir un avocat. Si vos revenus sont "
        "faibles, l'aide juridictionnelle peut le payer. Renseignez-vous au tribunal ou dans un "
        "point justice.</p>",
        [
            "avocat gratuit juge des enfants",
            "aide juridictionnelle",
            "j ai pas d'argent pour un avocat",
            "avocat pour mon enfant",
        ],
    ),
    (
        "droits",
        "faire-reclamation",
        "Comment faire une réclamation ?",
        "<p>Utilisez le formulaire de réclamation du portail ou écrivez au service. Vous recevez "
        "une réponse écrite. Si elle ne vous convient pas, demandez une médiation.</p>",
        [
            "faire une reclamation",
            "porter plainte contre l'ase",
            "je suis pas content du service",
            "reclamation departement",
        ],
    ),
    (
        "dossier",
        "consulter-dossier",
        "Comment consulter le dossier de mon enfant ?",
        "<p>Faites une demande écrite, par courrier ou depuis votre espace personnel. On vous "
        "propose un rendez-vous pour le lire avec un professionnel. Vous pouvez demander une "
        "copie.</p>",
        [
            "voir mon dossier ase",
            "consulter dossier enfant",
            "j'ai le droit de lire le dossier ?",
            "acces au dossier",
            "lire les rapports sur moi",
        ],
    ),
    (
        "dossier",
        "contenu-dossier",
        "Qu'est-ce qu'il y a dans le dossier ?",
        "<p>Les décisions, le projet pour l'enfant, les rapports de situation, les comptes "
        "rendus de rencontres importantes et les courriers. Les notes personnelles des "
        "professionnels n'en font pas partie.</p>",
        [
            "il y a quoi dans le dossier",
            "contenu dossier ase",
            "qu'est ce qu'ils ecrivent sur nous",
        ],
    ),
    (
        "dossier",
        "dossier-majeur",
        "J'ai été placé quand j'étais petit. Puis-je voir mon dossier ?",
        "<p>Oui. Une fois majeur, vous pouvez demander votre dossier au Département, même des "
        "années après. Un professionnel peut vous accompagner pour la lecture.</p>",
        [
            "j'etais placé petit je veux mon dossier",
            "retrouver mon dossier ase adulte",
            "ancien enfant placé dossier",
            "archives ase",
        ],
    ),
    (
        "dossier",
        "corriger-dossier",
        "Une information est fausse dans le dossier. Que faire ?",
        "<p>Vous pouvez demander qu'elle soit corrigée, ou que votre désaccord soit ajouté au "
        "dossier. Faites la demande par écrit en expliquant ce qui est faux.</p>",
        [
            "erreur dans mon dossier",
            "c faux ce qui est ecrit",
            "corriger le rapport",
            "contester un rapport",
        ],
    ),
    (
        "dossier",
        "delai-dossier",
        "Combien de temps pour recevoir mon dossier ?",
        "<p>Le service doit vous répondre rapidement, en général dans un délai d'un mois. Si "
        "vous n'avez pas de réponse, relancez ou contactez la Commission d'accès aux documents "
        "administratifs (CADA).</p>",
        [
            "dossier delai",
            "ça fait longtemps j'ai demandé mon dossier",
            "pas de reponse pour mon dossier",
        ],
    ),
    (
        "pmi",
        "c-est-quoi-la-pmi",
        "C'est quoi la PMI ?",
        "<p>La protection maternelle et infantile suit la santé des futures mamans et des "
        "enfants jusqu'à 6 ans : consultations gratuites, vaccins, conseils, pesées. On peut y "
        "aller sans être malade.</p>",
        ["c quoi la pmi", "pmi c'est gratuit", "a quoi sert la pmi", "pmi bebe"],
    ),
    (
        "pmi",
        "pmi-gratuit",
        "La PMI est-elle gratuite ?",
        "<p>Oui. Les consultations et les vaccins faits en PMI sont gratuits, avec ou sans "
        "sécurité sociale.</p>",
        ["pmi payant ?", "faut payer la pmi", "pmi sans secu", "vaccin gratuit bebe"],
    ),
    (
        "pmi",
        "visite-puericultrice",
        "Une puéricultrice peut-elle venir chez moi après la naissance ?",
        "<p>Oui. Après la naissance, une puéricultrice de PMI peut venir à domicile pour "
        "répondre à vos questions : allaitement, sommeil, pleurs. Demandez à la maternité ou "
        "appelez le centre de PMI.</p>",
        [
            "puericultrice a domicile",
            "visite apres accouchement",
            "quelqu'un peut venir voir mon bebe",
            "aide retour maternite",
        ],
    ),
    (
        "pmi",
        "ecrans-petits",
        "Les écrans sont-ils mauvais pour les moins de 6 ans ?",
        "<p>Trop d'écrans peut gêner le langage, le sommeil et l'attention des jeunes enfants. "
        "Pas d'écran avant 3 ans, et peu et accompagné ensuite. Parlez-en en consultation de "
        "PMI.</p>",
        [
            "ecran bebe",
            "telephone enfant 2 ans",
            "tele mauvais pour les petits",
            "combien de temps d'ecran",
        ],
    ),
    (
        "pmi",
        "pmi-grossesse",
        "La PMI peut-elle suivre ma grossesse ?",
        "<p>Oui. Des sages-femmes de PMI font des consultations et des visites à domicile "
        "pendant la grossesse, gratuitement.</p>",
        ["suivi grossesse pmi", "sage femme gratuite", "enceinte pmi", "je suis enceinte qui voir"],
    ),
    (
        "caf",
        "allocations-enfant-place",
        "Je garde les allocations si mon enfant est placé ?",
        "<p>Les allocations familiales pour un enfant confié à l'aide sociale à l'enfance sont "
        "en général versées au Département, sauf si le juge décide de vous les laisser. "
        "L'allocation de rentrée scolaire est mise de côté pour l'enfant.</p>",
        [
            "alloc enfant placé",
            "caf enfant placé",
            "je perds les allocs ?",
            "allocation familiale placement",
        ],
    ),
    (
        "caf",
        "caf-aides-naissance",
        "Quelles aides de la CAF à la naissance ?",
        "<p>Selon vos ressources : la prime à la naissance, l'allocation de base, puis des aides "
        "pour la garde. Faites une simulation sur le site de la CAF.</p>",
        ["aide caf bebe", "prime naissance caf", "paje", "combien la caf donne pour un bebe"],
    ),
    (
        "caf",
        "rsa-jeune",
        "Puis-je avoir le RSA à 18 ans ?",
        "<p>En général non : le RSA est pour les 25 ans et plus, sauf si vous avez un enfant à "
        "charge ou attendez un enfant. D'autres aides existent pour les jeunes : contrat "
        "d'engagement jeune, aides de la mission locale.</p>",
        ["rsa 18 ans", "rsa jeune", "j'ai 19 ans je peux avoir le rsa", "aide argent jeune"],
    ),
    (
        "caf",
        "apl-jeune",
        "Comment avoir l'aide au logement ?",
        "<p>Faites la demande à la CAF dès votre entrée dans le logement, en ligne. Elle dépend "
        "du loyer et de vos ressources.</p>",
        ["apl comment faire", "aide logement caf", "demande apl", "apl etudiant"],
    ),
    (
        "caf",
        "tisf-caf",
        "Qui peut m'aider à la maison avec les enfants ?",
        "<p>Un technicien de l'intervention sociale et familiale (TISF) peut venir chez vous, "
        "par exemple après une naissance, une maladie ou une séparation. Demandez à la CAF ou à "
        "votre MDS.</p>",
        [
            "aide a domicile enfants",
            "tisf c quoi",
            "quelqu'un pour m'aider a la maison",
            "aide menagere bebe",
        ],
    ),
    (
        "sante-sexuelle",
        "contraception-mineur",
        "Puis-je avoir une contraception sans mes parents ?",
        "<p>Oui. Dans un centre de santé sexuelle, une mineure ou un mineur peut avoir une "
        "contraception gratuitement et sans l'accord de ses parents. C'est confidentiel.</p>",
        [
            "contraception sans parents",
            "pilule mineur gratuit",
            "jpeux avoir la pilule sans ma mere",
            "contraception confidentiel",
        ],
    ),
    (
        "sante-sexuelle",
        "test-ist",
        "Où faire un test IST ou VIH gratuitement ?",
        "<p>Dans un CeGIDD ou un centre de santé sexuelle : c'est gratuit, et peut être "
        "anonyme. Sans rendez-vous dans beaucoup de centres.</p>",
        [
            "test ist gratuit",
            "depistage vih",
            "ou faire un test mst",
            "test sida anonyme",
            "cegidd c quoi",
        ],
    ),
    (
        "sante-sexuelle",
        "pilule-du-lendemain",
        "Où trouver la pilule du lendemain ?",
        "<p>En pharmacie, sans ordonnance, gratuitement pour tout le monde. Aussi dans les "
        "centres de santé sexuelle et auprès de l'infirmière scolaire. À prendre le plus tôt "
        "possible.</p>",
        [
            "pilule du lendemain gratuite",
            "contraception d urgence",
            "jai oublié ma pilule",
            "pillule lendemain pharmacie",
        ],
    ),
    (
        "sante-sexuelle",
        "grossesse-ado",
        "Je suis enceinte et mineure. À qui parler ?",
        "<p>Un centre de santé sexuelle peut vous recevoir de façon confidentielle, vous "
        "informer sur toutes les possibilités et vous accompagner, y compris pour une IVG, "
        "avec une personne majeure de votre choix.</p>",
        [
            "enceinte a 15 ans",
            "je suis enceinte mineure",
            "ivg mineur",
            "test de grossesse gratuit",
        ],
    ),
    (
        "sante-sexuelle",
        "cadeaux-contre-services",
        "On m'offre des cadeaux contre des services. C'est normal ?",
        "<p>Si quelqu'un vous donne des cadeaux, de l'argent ou des sorties en échange de "
        "relations sexuelles ou d'autres services, c'est une forme d'exploitation. Parlez-en à "
        "un adulte de confiance, à un centre de santé sexuelle, ou appelez le 119.</p>",
        [
            "michetonnage",
            "on me donne des cadeaux",
            "un mec me paye des trucs",
            "c normal qu'il m'offre tout",
        ],
    ),
    (
        "handicap",
        "c-est-quoi-mdph",
        "C'est quoi la MDPH ?",
        "<p>La maison départementale des personnes handicapées reçoit les demandes d'aide liées "
        "au handicap : allocation, aide à l'école, orientation vers un établissement. Une "
        "commission décide.</p>",
        ["c quoi la mdph", "mdph enfant", "dossier mdph", "maison du handicap"],
    ),
    (
        "handicap",
        "aeeh",
        "Quelle aide pour un enfant handicapé ?",
        "<p>L'allocation d'éducation de l'enfant handicapé (AEEH) aide à payer les frais liés "
        "au handicap. La demande se fait à la MDPH. La prestation de compensation du handicap "
        "(PCH) peut s'y ajouter.</p>",
        ["aeeh c quoi", "aide argent enfant handicapé", "allocation handicap enfant", "pch enfant"],
    ),
    (
        "handicap",
        "aesh-ecole",
        "Mon enfant a besoin d'aide à l'école. Que faire ?",
        "<p>Faites une demande à la MDPH. Elle peut accorder un accompagnant (AESH), du "
        "matériel adapté ou une orientation. Un projet personnalisé de scolarisation (PPS) est "
        "alors écrit.</p>",
        ["avs ecole", "aesh demande", "aide a l ecole handicap", "mon fils a besoin d'une avs"],
    ),
    (
        "handicap",
        "handicap-et-ase",
        "Mon enfant est placé et handicapé. Qui s'en occupe ?",
        "<p>L'aide sociale à l'enfance et la MDPH travaillent ensemble. Le projet pour l'enfant "
        "doit tenir compte de son handicap. Demandez au référent qui fait les démarches "
        "MDPH.</p>",
        [
            "enfant placé handicapé",
            "ase et mdph",
            "handicap foyer",
            "qui fait le dossier mdph de mon fils placé",
        ],
    ),
    (
        "handicap",
        "mdph-delai",
        "Combien de temps pour une réponse de la MDPH ?",
        "<p>La loi prévoit une réponse en quatre mois. Sans réponse, la demande est considérée "
        "comme refusée, mais vous pouvez relancer et contester.</p>",
        ["mdph delai", "mdph repond pas", "ca fait 6 mois mdph", "relancer mdph"],
    ),
    (
        "jeunes-majeurs",
        "contrat-jeune-majeur",
        "C'est quoi un contrat jeune majeur ?",
        "<p>C'est un accompagnement du Département entre 18 et 21 ans, pour finir tes études, "
        "trouver un travail ou un logement. Tu le demandes et tu le signes. Il peut comprendre "
        "un logement, une aide financière et un suivi.</p>",
        [
            "contrat jeune majeur",
            "cjm c quoi",
            "aide apres 18 ans ase",
            "je vais avoir 18 ans je fais comment",
            "aide jeune majeur",
        ],
    ),
    (
        "jeunes-majeurs",
        "demande-cjm",
        "Quand demander le contrat jeune majeur ?",
        "<p>Avant tes 18 ans, idéalement lors de l'entretien prévu un an avant ta majorité. "
        "Fais la demande par écrit, avec l'aide de ton référent.</p>",
        [
            "quand demander cjm",
            "demande contrat jeune majeur",
            "j'ai oublié de demander le contrat",
            "cjm apres 18 ans possible",
        ],
    ),
    (
        "jeunes-majeurs",
        "refus-cjm",
        "On m'a refusé le contrat jeune majeur. Que faire ?",
        "<p>Demande les raisons par écrit. Tu peux écrire au Président du Département pour "
        "qu'il revoie la décision (deux mois), puis aller au tribunal administratif. Le "
        "Défenseur des droits peut t'aider.</p>",
        [
            "refus cjm",
            "contrat jeune majeur refusé",
            "ils veulent pas me donner le contrat",
            "recours refus jeune majeur",
        ],
    ),
    (
        "jeunes-majeurs",
        "logement-18-ans",
        "Où vais-je habiter à 18 ans ?",
        "<p>Ça se prépare avant : foyer de jeunes travailleurs, résidence étudiante, logement "
        "social, colocation. Parles-en à l'entretien de tes 17 ans et à la mission locale.</p>",
        [
            "ou habiter a 18 ans",
            "logement jeune majeur",
            "fjt c quoi",
            "je vais etre a la rue a 18 ans",
        ],
    ),
    (
        "jeunes-majeurs",
        "mission-locale",
        "À quoi sert la mission locale ?",
        "<p>Elle aide les 16-25 ans à trouver une formation, un emploi ou un apprentissage, et "
        "peut aider pour le logement, la santé et le permis.</p>",
        [
            "mission locale c quoi",
            "trouver un travail jeune",
            "aide permis jeune",
            "formation 17 ans",
        ],
    ),
    (
        "jeunes-majeurs",
        "entretien-17-ans",
        "C'est quoi l'entretien un an avant mes 18 ans ?",
        "<p>C'est un rendez-vous pour faire le bilan de ton parcours et préparer la suite : "
        "logement, argent, études, santé, papiers. Tu peux venir avec une personne de ton "
        "choix.</p>",
        [
            "entretien 17 ans ase",
            "bilan avant 18 ans",
            "rdv un an avant majorité",
            "entretien autonomie",
        ],
    ),
]
