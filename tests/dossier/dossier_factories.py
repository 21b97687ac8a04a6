"""Two families in two territories, their professionals, and one of everything."""

import datetime

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone

from portail.dossier.models import (
    PPE,
    Assignment,
    Audience,
    Child,
    Decision,
    Document,
    Entry,
    Meeting,
    Mesure,
    ParentLink,
    Section,
)

PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def make_user(django_user_model, email, staff=False, superuser=False, mfa=None, **extra):
    user = django_user_model.objects.create_user(
        email=email,
        password="motdepasse-test-123",
        first_name=email.split("@")[0].title(),
        last_name="Test",
        is_staff=staff or superuser,
        is_superuser=superuser,
        **extra,
    )
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    if staff:
        group, _ = Group.objects.get_or_create(name="Professionnels (tests)")
        group.permissions.add(
            *Permission.objects.filter(
                Q(content_type__app_label="dossier") | Q(codename="access_admin")
            )
        )
        user.groups.add(group)
    if mfa if mfa is not None else (staff or superuser):
        Authenticator.objects.create(
            user=user, type=Authenticator.Type.TOTP, data={"secret": encrypt(TOTP_SECRET)}
        )
    return user


def years_ago(years):
    today = timezone.localdate()
    return today.replace(year=today.year - years) - datetime.timedelta(days=10)


def add_document(child, title, audience=Audience.BOTH, section=Section.EDUCATIF, by=None):
    doc = Document(
        child=child,
        title=title,
        section=section,
        audience=audience,
        shared_at=timezone.now() if audience else None,
        shared_by=by,
        size=len(PDF),
    )
    doc.file.save("f.pdf", ContentFile(PDF), save=True)
    return doc


def build_family(django_user_model, key, territory, referent):
    parent = make_user(django_user_model, f"parent-{key}@example.org")
    jeune = make_user(django_user_model, f"jeune-{key}@example.org")
    child = Child.objects.create(
        first_name=f"Prenom{key.upper()}",
        last_name=f"Famille{key}",
        birth_date=years_ago(16),
        territory=territory,
        account=jeune,
    )
    ParentLink.objects.create(user=parent, child=child)
    Assignment.objects.create(user=referent, child=child, role="referent")
    Mesure.objects.create(
        child=child,
        code="placement_judiciaire",
        nature="judiciaire",
        authority="Juge",
        start_date=years_ago(1),
    )
    shared = {"audience": Audience.BOTH, "shared_at": timezone.now(), "shared_by": referent}
    objs = {
        "child": child,
        "parent": parent,
        "jeune": jeune,
        "entry": Entry.objects.create(
            child=child, section=Section.EDUCATIF, title=f"NoteEduc{key}", body="texte", **shared
        ),
        "secret": Entry.objects.create(
            child=child, section=Section.EDUCATIF, title=f"NonPartage{key}", body="interne"
        ),
        "health": Entry.objects.create(
            child=child,
            section=Section.SANTE,
            title=f"SanteJeune{key}",
            body="santé",
            audience=Audience.JEUNE,
            shared_at=timezone.now(),
        ),
        "decision": Decision.objects.create(
            child=child,
            title=f"Decision{key}",
            date=years_ago(0),
            authority="Juge",
            reasons="motifs",
            **shared,
        ),
        "meeting": Meeting.objects.create(
            child=child,
            title=f"Rencontre{key}",
            date=timezone.now() + datetime.timedelta(days=3),
            place="Ici",
            **shared,
        ),
        "ppe": PPE.objects.create(
            child=child, title=f"Projet{key}", start_date=years_ago(0), **shared
        ),
        "document": add_document(child, f"DocPartage{key}", by=referent),
        "hidden_doc": add_document(child, f"DocCache{key}", audience=""),
    }
    return objs
