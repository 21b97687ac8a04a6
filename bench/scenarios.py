"""What `make bench` measures: public pages, API, and an authenticated dossier page.

Each scenario is (name, path or resolver, user email or None). A resolver is a callable
run inside Django that returns the path (or None to skip, e.g. when an app has no demo).
"""


def first_livret_path():
    from wagtail.models import Page

    page = Page.objects.live().filter(slug="livret-d-accueil").first()
    child = page.get_children().live().first() if page else None
    return child.url if child else None


def first_faq_path():
    from wagtail.models import Page

    page = Page.objects.live().filter(slug="questions-frequentes").first()
    return page.url if page else None


def annuaire_search_path():
    return "/annuaire/?type=pmi&q=evry"


def api_search_path():
    return "/api/v1/lieux/?type=cpef&q=91100&limit=3"


def dossier_home():
    """The dossier home of the first demo parent, authenticated as that parent."""
    try:
        from portail.dossier.bench import bench_dossier_target
    except ImportError:
        return None
    return bench_dossier_target()


SCENARIOS = [
    ("accueil", "/", None),
    ("recherche", "/recherche/?q=placement", None),
    ("livret", first_livret_path, None),
    ("faq", first_faq_path, None),
    ("annuaire", annuaire_search_path, None),
    ("api_lieux", api_search_path, None),
    ("sante", "/sante/", None),
    ("dossier", dossier_home, "auth"),
]
