"""Blocks shared by every page type: text, headings, callouts, links."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Titre"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de section (h2)")), ("h3", _("Sous-titre (h3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "core/blocks/heading.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Texte"), features=["bold", "italic", "link", "ul"])
    tone = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[("info", _("À savoir")), ("important", _("Important"))],
        default="info",
    )

    class Meta:
        icon = "warning"
        label = _("Encadré")
        template = "core/blocks/callout.html"


class LinkCardBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=80)
    text = blocks.TextBlock(label=_("Texte court"), max_length=240)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.CharBlock(
        label=_("Adresse (si pas de page)"),
        required=False,
        help_text=_("Chemin interne, par exemple /annuaire/."),
    )
    icon = blocks.ChoiceBlock(
        label=_("Pictogramme"),
        choices=[
            ("famille", _("Famille")),
            ("jeune", _("Jeune")),
            ("avis", _("Avis")),
            ("lieu", _("Lieu")),
            ("info", _("Information")),
        ],
        default="info",
    )

    class Meta:
        icon = "link"
        label = _("Carte de lien")
        template = "core/blocks/link_card.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock(group=_("1. Texte"))
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"),
        features=RICH_TEXT_FEATURES,
        group=_("1. Texte"),
        template="core/blocks/paragraph.html",
    )
    callout = CalloutBlock(group=_("2. Composants"))
    cards = blocks.ListBlock(
        LinkCardBlock(),
        label=_("Cartes"),
        group=_("2. Composants"),
        template="core/blocks/cards.html",
    )
