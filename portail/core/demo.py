"""Demo content of the socle: home page, footer pages, settings, menu, administrator.

Every helper here is idempotent: it looks things up by slug or email before creating.
"""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import encrypt
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .models import HomePage, MenuItem, PortalSettings, StandardPage

DEMO_ADMIN_EMAIL = "admin@demo.portail.example"
DEMO_ADMIN_PASSWORD = "demo-admin-portail-2026"  # noqa: S105 - printed by make run, demo only
# Professionals must use two-factor authentication: the demo administrator's TOTP secret is
# fixed so that `make run` can print it (add it to any authenticator app).
DEMO_ADMIN_TOTP_SECRET = "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE4ZU"  # noqa: S105

MENU = [
    ("Livret d'accueil", "/livret-d-accueil/"),
    ("Jeunes 15 ans et plus", "/guide-15-ans/"),
    ("Questions fréquentes", "/questions-frequentes/"),
    ("Trouver un lieu", "/annuaire/"),
    ("Donner mon avis", "/avis/"),
]

AUDIENCES = [
    (
        "Je suis parent",
        "Comprendre l'aide de l'enfance, qui fait quoi, vos droits et vos recours.",
        "/livret-d-accueil/",
        "famille",
    ),
    (
        "J'ai 15 ans ou plus",
        "Préparer ses 18 ans : papiers, santé, argent, logement, études.",
        "/guide-15-ans/",
        "jeune",
    ),
    (
        "Donner mon avis",
        "Répondre à un questionnaire, faire une suggestion, rejoindre un comité.",
        "/avis/",
        "avis",
    ),
    (
        "Trouver un lieu",
        "PMI, CAF, centre de santé sexuelle, mission locale… près de chez vous.",
        "/annuaire/",
        "lieu",
    ),
]

FOOTER_PAGES = {
    "accessibilite": (
        "Accessibilité",
        "Le portail vise le niveau AA du référentiel général d'amélioration de "
        "l'accessibilité (RGAA 4.1).",
        [
            (
                "État de conformité",
                "Le portail est partiellement conforme au RGAA 4.1. "
                "Les pages sont testées à chaque modification avec un outil automatique "
                "(axe-core) et au clavier.",
            ),
            (
                "Vous avez un problème ?",
                "Si une page ou un document ne vous est pas "
                "accessible, écrivez-nous avec le formulaire de suggestion ou par courriel. "
                "Nous vous répondrons et vous donnerons l'information sous une autre forme.",
            ),
            (
                "Voie de recours",
                "Si vous n'avez pas de réponse satisfaisante, vous pouvez "
                "saisir le Défenseur des droits.",
            ),
        ],
    ),
    "mentions-legales": (
        "Mentions légales",
        "Qui publie ce site et qui l'héberge.",
        [
            ("Éditeur", "Le Département. Données de démonstration : aucun nom réel."),
            ("Logiciel", "Portail familles & jeunes, logiciel libre."),
        ],
    ),
    "donnees-personnelles": (
        "Données personnelles",
        "Ce que le portail garde sur vous, pourquoi, et combien de temps.",
        [
            (
                "Sans compte",
                "Nous ne déposons aucun traceur publicitaire ni de mesure "
                "d'audience externe. Les questionnaires sont anonymes par défaut.",
            ),
            (
                "Avec un compte",
                "Votre espace personnel garde votre adresse électronique et "
                "l'historique des consultations de votre dossier. Chaque lecture est tracée.",
            ),
            (
                "Assistant",
                "L'assistant ne vous demande ni votre nom ni votre numéro de dossier. "
                "Les conversations sont effacées après une durée limitée.",
            ),
            (
                "Vos droits",
                "Vous pouvez demander l'accès à vos données, leur correction ou "
                "leur effacement, et télécharger vos données depuis votre espace.",
            ),
        ],
    ),
}


def _body(sections):
    body = []
    for title, text in sections:
        body.append(("heading", {"text": title, "level": "h2"}))
        body.append(("paragraph", f"<p>{text}</p>"))
    return body


def ensure_home(site_name: str, departement_name: str) -> HomePage:
    root = Page.get_first_root_node()
    if root is None:  # a flushed database (transactional tests) has lost Wagtail's root
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
        root = Page.add_root(instance=Page(title="Root", slug="root", content_type=None))
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Bienvenue sur le portail familles & jeunes",
            slug="accueil",
            intro="Des informations claires sur l'aide à l'enfance et la protection "
            "maternelle et infantile, votre dossier en ligne, et des lieux près de chez vous.",
            audiences=[
                ("card", {"title": t, "text": x, "url": u, "icon": i, "page": None})
                for t, x, u, i in AUDIENCES
            ],
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=site_name
        )
    elif site.root_page_id != home.pk:
        old_root = site.root_page
        site.root_page = home
        site.site_name = site_name
        site.save()
        if old_root.depth == 2 and not isinstance(old_root.specific, HomePage):
            old_root.delete()
    return home


def ensure_standard_page(parent: Page, slug: str, title: str, intro: str, sections) -> Page:
    page = StandardPage.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = StandardPage(title=title, slug=slug, intro=intro, body=_body(sections))
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


def ensure_settings(home: HomePage, departement_name: str, footer: dict[str, Page]):
    site = Site.objects.get(is_default_site=True)
    ps = PortalSettings.for_site(site)
    ps.departement_name = departement_name
    ps.phone = ps.phone or "01 00 00 00 00"
    ps.phone_hours = ps.phone_hours or "du lundi au vendredi, de 9 h à 17 h"
    ps.email = ps.email or "contact-familles@demo.portail.example"
    ps.address = ps.address or "Hôtel du Département (adresse de démonstration)"
    ps.accessibility_page = footer["accessibilite"]
    ps.legal_page = footer["mentions-legales"]
    ps.privacy_page = footer["donnees-personnelles"]
    ps.demo_notice = True
    ps.save()
    if not ps.menu_items.exists():
        for order, (label, url) in enumerate(MENU):
            MenuItem.objects.create(settings=ps, label=label, url=url, sort_order=order)
    return ps


def ensure_admin():
    User = get_user_model()
    user, created = User.objects.get_or_create(
        email=DEMO_ADMIN_EMAIL,
        defaults={
            "is_staff": True,
            "is_superuser": True,
            "first_name": "Admin",
            "last_name": "Démonstration",
        },
    )
    if created:
        user.set_password(DEMO_ADMIN_PASSWORD)
        user.save()
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        Authenticator.objects.create(
            user=user,
            type=Authenticator.Type.TOTP,
            data={"secret": encrypt(DEMO_ADMIN_TOTP_SECRET)},
        )
    return user, created
