"""Site-wide pages and settings: home, content pages, header/footer settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import BodyStreamBlock, LinkCardBlock
from .page_cache import AnonymousPageCacheMixin


class HomePage(AnonymousPageCacheMixin, Page):
    intro = models.TextField(_("introduction"), blank=True, max_length=400)
    audiences = StreamField(
        [("card", LinkCardBlock())],
        verbose_name=_("entrées par public"),
        blank=True,
        help_text=_("Les portes d'entrée : parents, jeunes, avis, lieux."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("audiences"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    max_count = 1

    class Meta:
        verbose_name = _("page d'accueil")


class StandardPage(AnonymousPageCacheMixin, Page):
    """A plain content page: accessibility statement, legal notice, privacy, about."""

    intro = models.TextField(_("chapeau"), blank=True, max_length=400)
    body = StreamField(BodyStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("page de contenu")


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting, ClusterableModel):
    """Header, footer and contact details of the département, editable by editors."""

    departement_name = models.CharField(
        _("nom du département"), max_length=120, default="Département"
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    phone = models.CharField(_("téléphone du standard"), max_length=30, blank=True)
    phone_hours = models.CharField(_("horaires du standard"), max_length=120, blank=True)
    email = models.EmailField(_("adresse électronique de contact"), blank=True)
    address = models.TextField(_("adresse postale"), blank=True, max_length=300)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page « Accessibilité »"),
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page « Mentions légales »"),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page « Données personnelles »"),
    )
    accessibility_status = models.CharField(
        _("état de conformité RGAA"),
        max_length=40,
        default=_("partiellement conforme"),
    )
    demo_notice = models.BooleanField(
        _("afficher le bandeau « données de démonstration »"), default=False
    )

    # The footer links are read on every page: fetch them with the settings (one query).
    select_related = ["logo", "accessibility_page", "legal_page", "privacy_page"]

    panels = [
        MultiFieldPanel([FieldPanel("departement_name"), FieldPanel("logo")], heading=_("En-tête")),
        InlinePanel("menu_items", label=_("Menu principal")),
        MultiFieldPanel(
            [
                FieldPanel("phone"),
                FieldPanel("phone_hours"),
                FieldPanel("email"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("accessibility_page"),
                FieldPanel("accessibility_status"),
                PageChooserPanel("legal_page"),
                PageChooserPanel("privacy_page"),
            ],
            heading=_("Pied de page"),
        ),
        FieldPanel("demo_notice"),
    ]

    class Meta:
        verbose_name = _("réglages du portail")


class MenuItem(Orderable):
    settings = ParentalKey(PortalSettings, related_name="menu_items", on_delete=models.CASCADE)
    label = models.CharField(_("libellé"), max_length=40)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )
    url = models.CharField(
        _("adresse"), max_length=200, blank=True, help_text=_("Si aucune page n'est choisie.")
    )

    panels = [FieldPanel("label"), PageChooserPanel("page"), FieldPanel("url")]

    @property
    def href(self):
        if self.page_id:
            return self.page.url
        return self.url or "#"
