"""Demo glossary of acronyms (demonstration data, plain French)."""

# (acronym, expansion, definition)
TERMS = [
    (
        "AED",
        "Aide éducative à domicile",
        "Un éducateur accompagne la famille chez elle, avec son accord. "
        "Décidée par le Département.",
    ),
    (
        "AEEH",
        "Allocation d'éducation de l'enfant handicapé",
        "Aide financière pour les frais liés au handicap d'un enfant. Demande à la MDPH.",
    ),
    (
        "AEMO",
        "Action éducative en milieu ouvert",
        "Un éducateur accompagne la famille chez elle, sur décision du juge des enfants.",
    ),
    (
        "AESH",
        "Accompagnant d'élève en situation de handicap",
        "Adulte qui aide un élève handicapé en classe, sur décision de la MDPH.",
    ),
    (
        "AP",
        "Accueil provisoire",
        "Accueil d'un enfant hors de chez lui, demandé ou accepté par ses parents, pour une durée "
        "limitée.",
    ),
    (
        "APL",
        "Aide personnalisée au logement",
        "Aide de la CAF pour payer le loyer, selon les ressources.",
    ),
    (
        "ASE",
        "Aide sociale à l'enfance",
        "Service du Département qui aide les familles et protège les enfants en danger.",
    ),
    (
        "CADA",
        "Commission d'accès aux documents administratifs",
        "Autorité à saisir quand une administration refuse de vous montrer un document.",
    ),
    (
        "CAF",
        "Caisse d'allocations familiales",
        "Organisme qui verse les prestations familiales, les aides au logement et le RSA.",
    ),
    (
        "CAMSP",
        "Centre d'action médico-sociale précoce",
        "Centre qui dépiste et soigne les jeunes enfants (moins de 6 ans) ayant un trouble du "
        "développement.",
    ),
    (
        "CCAS",
        "Centre communal d'action sociale",
        "Service social de la mairie : aides d'urgence, domiciliation, accompagnement.",
    ),
    (
        "CDAPH",
        "Commission des droits et de l'autonomie des personnes handicapées",
        "Commission de la MDPH qui décide des aides et des orientations.",
    ),
    (
        "CeGIDD",
        "Centre gratuit d'information, de dépistage et de diagnostic",
        "Lieu où faire des tests VIH, hépatites et IST gratuitement, de façon anonyme si on le "
        "souhaite.",
    ),
    (
        "CIDFF",
        "Centre d'information sur les droits des femmes et des familles",
        "Association qui informe gratuitement sur le droit de la famille et les violences.",
    ),
    (
        "CJM",
        "Contrat jeune majeur",
        "Accompagnement du Département entre 18 et 21 ans pour terminer un projet d'autonomie.",
    ),
    (
        "CMP",
        "Centre médico-psychologique",
        "Lieu public de consultations en santé mentale, gratuites.",
    ),
    (
        "CPAM",
        "Caisse primaire d'assurance maladie",
        "Organisme de la sécurité sociale qui rembourse les soins et délivre la carte Vitale.",
    ),
    (
        "CPEF",
        "Centre de planification et d'éducation familiale",
        "Ancien nom des centres de santé sexuelle : contraception, tests, information.",
    ),
    (
        "CRIP",
        "Cellule de recueil des informations préoccupantes",
        "Service du Département qui reçoit et évalue les inquiétudes sur un enfant en danger.",
    ),
    (
        "CSS",
        "Centre de santé sexuelle",
        "Lieu gratuit et confidentiel pour la contraception, les tests et les questions de vie "
        "affective et sexuelle. Le même sigle désigne aussi la complémentaire santé solidaire.",
    ),
    (
        "CVS",
        "Conseil de la vie sociale",
        "Instance où les personnes accueillies et leurs familles donnent leur avis sur la vie "
        "d'un établissement.",
    ),
    (
        "DIPC",
        "Document individuel de prise en charge",
        "Document signé à l'arrivée dans un établissement ou un service, qui décrit "
        "l'accompagnement.",
    ),
    (
        "ESMS",
        "Établissements et services sociaux et médico-sociaux",
        "Ensemble des structures qui accompagnent enfants, personnes handicapées ou âgées.",
    ),
    (
        "FJT",
        "Foyer de jeunes travailleurs",
        "Résidence de logements meublés pour les jeunes en formation ou en emploi.",
    ),
    (
        "IME",
        "Institut médico-éducatif",
        "Établissement qui accueille des enfants et adolescents avec un handicap intellectuel.",
    ),
    (
        "IP",
        "Information préoccupante",
        "Signalement au Département d'une inquiétude sur la sécurité ou le développement d'un "
        "enfant.",
    ),
    (
        "IST",
        "Infection sexuellement transmissible",
        "Infection qui se transmet lors de rapports sexuels ; se dépiste gratuitement au CeGIDD.",
    ),
    (
        "JDC",
        "Journée défense et citoyenneté",
        "Journée obligatoire pour les jeunes après le recensement, vers 17 ans.",
    ),
    (
        "JE",
        "Juge des enfants",
        "Juge qui protège les enfants en danger et peut décider d'une mesure éducative ou d'un "
        "placement.",
    ),
    (
        "MDA",
        "Maison départementale de l'autonomie",
        "Lieu d'accueil du Département pour les personnes âgées et handicapées. Aussi : maison "
        "des adolescents.",
    ),
    (
        "MDPH",
        "Maison départementale des personnes handicapées",
        "Guichet unique pour les demandes d'aides et d'orientation liées au handicap.",
    ),
    (
        "MDS",
        "Maison départementale des solidarités",
        "Lieu d'accueil social du Département près de chez vous : travailleurs sociaux, PMI, "
        "aide sociale à l'enfance.",
    ),
    (
        "MECS",
        "Maison d'enfants à caractère social",
        "Établissement où vivent des enfants confiés, avec une équipe d'éducateurs.",
    ),
    (
        "MNA",
        "Mineur non accompagné",
        "Jeune étranger de moins de 18 ans arrivé en France sans ses parents, protégé par "
        "l'aide sociale à l'enfance.",
    ),
    (
        "ODPE",
        "Observatoire départemental de la protection de l'enfance",
        "Instance qui réunit les partenaires, suit les chiffres et améliore la protection de "
        "l'enfance dans le département.",
    ),
    (
        "OPP",
        "Ordonnance de placement provisoire",
        "Décision urgente du juge ou du procureur qui confie un enfant en danger, en attendant "
        "l'audience.",
    ),
    (
        "PCH",
        "Prestation de compensation du handicap",
        "Aide pour payer une aide humaine, du matériel ou l'aménagement du logement.",
    ),
    (
        "PJJ",
        "Protection judiciaire de la jeunesse",
        "Service du ministère de la Justice qui suit les mineurs, notamment ceux qui ont commis "
        "une infraction.",
    ),
    (
        "PMI",
        "Protection maternelle et infantile",
        "Service du Département qui suit gratuitement la santé des futures mères et des enfants "
        "de moins de 6 ans.",
    ),
    (
        "PPE",
        "Projet pour l'enfant",
        "Document écrit avec l'enfant et ses parents : ce qui est prévu pour sa santé, son "
        "école, ses loisirs et ses liens familiaux.",
    ),
    (
        "PPS",
        "Projet personnalisé de scolarisation",
        "Document de la MDPH qui organise la scolarité d'un élève handicapé.",
    ),
    (
        "RSA",
        "Revenu de solidarité active",
        "Revenu minimum versé par la CAF, en général à partir de 25 ans.",
    ),
    ("TDC", "Tiers digne de confiance", "Proche de la famille à qui le juge confie un enfant."),
    (
        "TISF",
        "Technicien de l'intervention sociale et familiale",
        "Professionnel qui aide les parents à la maison dans les gestes du quotidien.",
    ),
    ("VAD", "Visite à domicile", "Rendez-vous d'un professionnel chez vous."),
]
