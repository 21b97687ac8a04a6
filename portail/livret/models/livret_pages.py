"""The livret d'accueil: an index and one page per mesure or mode d'accueil."""

from django.db import models
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index

from ..blocks import LivretStreamBlock, toc_entries
from ..page_cache import AnonymousPageCacheMixin, mark_personal

MESURE_CHOICES = [
    ("aed", _("Aide éducative à domicile (AED)")),
    ("aemo", _("Action éducative en milieu ouvert (AEMO)")),
    ("accueil_provisoire", _("Accueil provisoire")),
    ("placement_judiciaire", _("Placement décidé par le juge")),
    ("assistant_familial", _("Accueil chez un assistant familial")),
    ("etablissement", _("Accueil en établissement (MECS, foyer)")),
    ("tiers_digne_de_confiance", _("Accueil chez un tiers digne de confiance")),
    ("jeune_majeur", _("Accompagnement jeune majeur")),
]
CADRE_CHOICES = [
    ("administratif", _("Administratif (avec votre accord)")),
    ("judiciaire", _("Judiciaire (décidé par le juge des enfants)")),
]


class LivretIndexPage(AnonymousPageCacheMixin, Page):
    intro = models.TextField(_("chapeau"), blank=True, max_length=600)
    count_views = True

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["livret.LivretPage"]
    template = "livret/livret_index_page.html"
    max_count = 1

    class Meta:
        verbose_name = _("sommaire du livret d'accueil")

    def route(self, request, path_components):
        """Find a livret in one query (Wagtail's default takes two: page, then specific)."""
        if len(path_components) >= 1:
            child = LivretPage.objects.child_of(self).filter(slug=path_components[0]).first()
            if child is not None and child.live:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        livrets = LivretPage.objects.child_of(self).live().public().order_by("path")
        context["livrets_by_cadre"] = [
            (label, [p for p in livrets if p.cadre == code]) for code, label in CADRE_CHOICES
        ]
        return context


class LivretPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        code = cleaned.get("mesure_code")
        parent = getattr(self, "parent_page", None)
        if code and parent is not None:
            site = parent.get_site()
            others = LivretPage.objects.filter(mesure_code=code)
            if self.instance.pk:
                others = others.exclude(pk=self.instance.pk)
            if site is not None:
                others = others.descendant_of(site.root_page, inclusive=True)
            if others.exists():
                self.add_error(
                    "mesure_code", _("Un livret existe déjà pour cette mesure sur ce site.")
                )
        return cleaned


class LivretPage(AnonymousPageCacheMixin, RoutablePageMixin, Page):
    mesure_code = models.CharField(
        _("mesure ou mode d'accueil"), max_length=40, choices=MESURE_CHOICES
    )
    cadre = models.CharField(
        _("cadre"), max_length=20, choices=CADRE_CHOICES, default="administratif"
    )
    summary = models.TextField(
        _("en bref"),
        max_length=800,
        help_text=_(
            "Trois à cinq phrases simples : ce qu'est la mesure, pour qui, combien de temps."
        ),
    )
    body = StreamField(LivretStreamBlock(), verbose_name=_("contenu"), blank=True)
    count_views = True

    base_form_class = LivretPageForm
    content_panels = Page.content_panels + [
        FieldPanel("mesure_code"),
        FieldPanel("cadre"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
    ]
    parent_page_types = ["livret.LivretIndexPage"]
    subpage_types: list[str] = []
    template = "livret/livret_page.html"

    class Meta:
        verbose_name = _("livret d'une mesure")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["toc"] = toc_entries(self.body)
        context["helpful_thanks"] = request.GET.get("avis") == "merci"
        context["helpful_limited"] = request.GET.get("avis") == "trop"
        for fn in hooks.get_hooks("portail_livret_context"):
            extra = fn(request, self) or {}
            if extra:
                mark_personal(request)
                context.update(extra)
        return context

    @path("")
    def livret(self, request):
        return self.render(request)

    @path("pdf/", name="pdf")
    def pdf(self, request):
        from ..pdf import livret_pdf

        data = livret_pdf(self, request)
        response = HttpResponse(data, content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="livret-{self.slug}.pdf"'
        return response

    def print_html(self, request):
        return render_to_string(
            "livret/livret_page_pdf.html",
            {"page": self, "toc": toc_entries(self.body), "site": Site.find_for_request(request)},
            request=None,
        )
