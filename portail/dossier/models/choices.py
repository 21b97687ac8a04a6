from django.db import models
from django.utils.translation import gettext_lazy as _


class MesureType(models.TextChoices):
    # Same codes as the livret pages' `mesure_code`.
    AED = "aed", _("Aide éducative à domicile (AED)")
    AEMO = "aemo", _("Action éducative en milieu ouvert (AEMO)")
    ACCUEIL_PROVISOIRE = "accueil_provisoire", _("Accueil provisoire")
    PLACEMENT_JUDICIAIRE = "placement_judiciaire", _("Placement judiciaire")
    ASSISTANT_FAMILIAL = "assistant_familial", _("Accueil chez un assistant familial")
    ETABLISSEMENT = "etablissement", _("Accueil en établissement")
    TIERS_DIGNE = "tiers_digne_de_confiance", _("Accueil chez un tiers digne de confiance")
    JEUNE_MAJEUR = "jeune_majeur", _("Accompagnement jeune majeur")


class Section(models.TextChoices):
    ADMINISTRATIF = "administratif", _("Administratif")
    SOCIAL = "social", _("Social")
    EDUCATIF = "educatif", _("Éducatif")
    SANTE = "sante", _("Santé")


class Audience(models.TextChoices):
    PARENTS = "parents", _("Les parents")
    JEUNE = "jeune", _("Le jeune")
    BOTH = "both", _("Les parents et le jeune")


class Role(models.TextChoices):
    PARENT = "parent", _("Parent")
    JEUNE = "jeune", _("Jeune")
    PROFESSIONNEL = "professionnel", _("Professionnel")
    CADRE = "cadre", _("Cadre")
    ADMIN = "admin", _("Administrateur")


class AssignmentRole(models.TextChoices):
    REFERENT = "referent", _("Référent ASE")
    EDUCATEUR = "educateur", _("Éducateur")
    PSYCHOLOGUE = "psychologue", _("Psychologue")
    ASSISTANT_FAMILIAL = "assistant_familial", _("Assistant familial")
    CADRE = "cadre", _("Cadre")


class PPEDomain(models.TextChoices):
    SANTE = "sante", _("Santé")
    SCOLARITE = "scolarite", _("Scolarité")
    HEBERGEMENT = "hebergement", _("Hébergement")
    LOISIRS = "loisirs", _("Loisirs")
    RELATIONS = "relations_familiales", _("Relations familiales")
