"""Demonstration families, professionals and dossiers (all fictitious)."""

import datetime
from io import BytesIO

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.utils import timezone

from .models import (
    PPE,
    Assignment,
    AssignmentRole,
    Audience,
    Child,
    Decision,
    Document,
    Entry,
    Meeting,
    Mesure,
    ParentLink,
    PPEObjective,
    Section,
    Territory,
)

PASSWORD = "demo-portail-2025"  # noqa: S105 - demonstration accounts only
# Fixed TOTP secrets so that demo professionals can add them to an authenticator app.
PRO_TOTP = {
    "referente.demo@portail.example": "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
    "cadre.demo@portail.example": "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU",
}
PEOPLE = [
    # email, first, last, role label, staff
    ("referente.demo@portail.example", "Claire", "Martin (démo)", "referent", True),
    ("cadre.demo@portail.example", "Yves", "Bernard (démo)", "cadre", True),
    ("parent.aed@portail.example", "Samia", "Benali (démo)", "parent", False),
    ("parent.placement@portail.example", "Marc", "Durand (démo)", "parent", False),
    ("jeune.16ans@portail.example", "Inès", "Durand (démo)", "jeune", False),
    ("jeune.majeur@portail.example", "Kevin", "Leroy (démo)", "jeune", False),
]
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages"
    b"/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _years_ago(years, days=0):
    today = timezone.localdate()
    return today.replace(year=today.year - years) - datetime.timedelta(days=days)


def ensure_user(email, first, last, staff):
    User = get_user_model()
    user, created = User.objects.get_or_create(
        email=email,
        defaults={
            "first_name": first,
            "last_name": last,
            "is_staff": staff,
            "phone": "01 00 00 00 00" if staff else "",
        },
    )
    if created:
        user.set_password(PASSWORD)
        user.job_title = "Référente ASE" if "referente" in email else ""
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    if (
        email in PRO_TOTP
        and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    ):
        Authenticator.objects.create(
            user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(PRO_TOTP[email])}
        )
    if staff:
        group, _ = Group.objects.get_or_create(name="Professionnels ASE (démo)")
        perms = Permission.objects.filter(
            content_type__app_label="dossier"
        ) | Permission.objects.filter(codename="access_admin")
        group.permissions.add(*perms)
        user.groups.add(group)
    return user, created


def _item(model, child, title, **fields):
    audience = fields.pop("audience", "")
    item, created = model.objects.get_or_create(child=child, title=title, defaults=fields)
    if created and audience:
        item.audience = audience
        item.shared_at = timezone.now()
        item.shared_by = child.assignments.first().user if child.assignments.exists() else None
        item.save()
    return item


def load(stdout=None):
    def say(text):
        if stdout:
            stdout.write(text)

    users = {
        email: ensure_user(email, f, lname, staff)[0] for email, f, lname, _role, staff in PEOPLE
    }
    territory, _ = Territory.objects.get_or_create(name="Territoire Nord (démo)")
    territory.managers.add(users["cadre.demo@portail.example"])
    referent = users["referente.demo@portail.example"]

    def child(first, last, born, account=None):
        obj, _ = Child.objects.get_or_create(
            first_name=first,
            last_name=last,
            defaults={
                "birth_date": born,
                "territory": territory,
                "is_demo": True,
                "account": account,
                "filiation": "Données de démonstration.",
            },
        )
        Assignment.objects.get_or_create(user=referent, child=obj, role=AssignmentRole.REFERENT)
        return obj

    lina = child("Lina", "Benali (démo)", _years_ago(8))
    ines = child("Inès", "Durand (démo)", _years_ago(16, 30), users["jeune.16ans@portail.example"])
    kevin = child("Kevin", "Leroy (démo)", _years_ago(19), users["jeune.majeur@portail.example"])
    ParentLink.objects.get_or_create(user=users["parent.aed@portail.example"], child=lina)
    ParentLink.objects.get_or_create(user=users["parent.placement@portail.example"], child=ines)
    start = timezone.localdate() - datetime.timedelta(days=200)
    for c, code, nature, authority in [
        (lina, "aed", "administrative", "Président du Département (démo)"),
        (ines, "placement_judiciaire", "judiciaire", "Juge des enfants (démo)"),
        (ines, "assistant_familial", "judiciaire", "Juge des enfants (démo)"),
        (kevin, "jeune_majeur", "administrative", "Président du Département (démo)"),
    ]:
        Mesure.objects.get_or_create(
            child=c,
            code=code,
            defaults={"nature": nature, "authority": authority, "start_date": start},
        )
    for c in (lina, ines, kevin):
        _item(
            Entry,
            c,
            "Point sur la rentrée (démo)",
            section=Section.EDUCATIF,
            body="Texte de démonstration : la rentrée s'est bien passée.",
            audience=Audience.BOTH,
        )
        _item(
            Entry,
            c,
            "Note interne de l'équipe (démo)",
            section=Section.SOCIAL,
            body="Texte de démonstration non partagé avec la famille.",
        )
        _item(
            Entry,
            c,
            "Rendez-vous médical (démo)",
            section=Section.SANTE,
            body="Texte de démonstration : bilan de santé fait.",
            audience=Audience.JEUNE,
        )
        _item(
            Decision,
            c,
            "Renouvellement de la mesure (démo)",
            date=start,
            authority="Démonstration",
            reasons="Motifs de démonstration : le projet avance et la famille est d'accord.",
            audience=Audience.BOTH,
        )
        _item(
            Meeting,
            c,
            "Bilan du projet (démo)",
            date=timezone.now() + datetime.timedelta(days=20),
            place="Maison départementale",
            convocation="Rencontre de démonstration.",
            audience=Audience.BOTH,
        )
        ppe = _item(PPE, c, "Projet pour l'enfant (démo)", start_date=start, audience=Audience.BOTH)
        if not ppe.objectives.exists():
            for domain in ("sante", "scolarite", "hebergement", "loisirs", "relations_familiales"):
                PPEObjective.objects.create(
                    ppe=ppe, domain=domain, text="Objectif de démonstration."
                )
        if not Document.objects.filter(child=c, title="Compte rendu (démo)").exists():
            doc = Document(
                child=c,
                title="Compte rendu (démo)",
                section=Section.EDUCATIF,
                audience=Audience.BOTH,
                shared_at=timezone.now(),
                shared_by=referent,
                size=len(MINIMAL_PDF),
            )
            doc.file.save("demo.pdf", ContentFile(BytesIO(MINIMAL_PDF).read()), save=True)
    say("Dossier : familles, jeunes et professionnels de démonstration prêts.")
    return users
