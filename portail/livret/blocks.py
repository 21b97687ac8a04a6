"""StreamField blocks of the livrets: intervenants, rights, appeals, documents, steps, contacts.

Snippet and document choosers are resolved in bulk by Wagtail (one query per block type),
so a livret costs the same number of queries whatever its number of blocks.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from portail.core.blocks import RICH_TEXT_FEATURES, CalloutBlock, HeadingBlock

SECTIONS = _("3. Livret")


class SectionBlock(blocks.StructBlock):
    """A titled section: the title feeds the table of contents."""

    title = blocks.CharBlock(label=_("Titre de la section"), max_length=120)
    intro = blocks.TextBlock(label=_("Phrase d'introduction"), required=False, max_length=400)


class IntervenantsBlock(SectionBlock):
    items = blocks.ListBlock(SnippetChooserBlock("livret.Intervenant"), label=_("Intervenants"))

    class Meta:
        icon = "group"
        label = _("Qui fait quoi (intervenants)")
        template = "livret/blocks/intervenants.html"


class DroitsBlock(SectionBlock):
    items = blocks.ListBlock(SnippetChooserBlock("livret.Droit"), label=_("Droits"))

    class Meta:
        icon = "doc-full"
        label = _("Vos droits")
        template = "livret/blocks/droits.html"


class RecoursBlock(SectionBlock):
    items = blocks.ListBlock(
        SnippetChooserBlock("livret.VoieDeRecours"), label=_("Voies de recours")
    )

    class Meta:
        icon = "warning"
        label = _("Voies de recours")
        template = "livret/blocks/recours.html"


class DocumentItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(label=_("À quoi il sert"), required=False, max_length=200)


class DocumentsBlock(SectionBlock):
    items = blocks.ListBlock(DocumentItemBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Documents à télécharger")
        template = "livret/blocks/documents.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Étape"), max_length=120)
    text = blocks.RichTextBlock(label=_("Explication"), features=["bold", "italic", "link", "ul"])


class KeyStepsBlock(SectionBlock):
    steps = blocks.ListBlock(StepBlock(), label=_("Étapes, dans l'ordre"))

    class Meta:
        icon = "list-ol"
        label = _("Étapes clés")
        template = "livret/blocks/steps.html"


class PermanenceBlock(blocks.StructBlock):
    place = blocks.CharBlock(label=_("Lieu"), max_length=120)
    address = blocks.CharBlock(label=_("Adresse"), required=False, max_length=200)
    days = blocks.CharBlock(label=_("Jours"), max_length=120)
    hours = blocks.CharBlock(label=_("Horaires"), max_length=120)


class ContactsBlock(SectionBlock):
    phone = blocks.CharBlock(label=_("Numéro de téléphone"), required=False, max_length=30)
    phone_hours = blocks.CharBlock(label=_("Quand appeler"), required=False, max_length=160)
    email = blocks.EmailBlock(label=_("Adresse électronique"), required=False)
    permanences = blocks.ListBlock(PermanenceBlock(), label=_("Permanences"), default=[])

    class Meta:
        icon = "mail"
        label = _("Contacts et permanences")
        template = "livret/blocks/contacts.html"


class LivretStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock(group=_("1. Texte"))
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"),
        features=RICH_TEXT_FEATURES,
        group=_("1. Texte"),
        template="livret/blocks/paragraph.html",
    )
    callout = CalloutBlock(group=_("2. Composants"))
    intervenants = IntervenantsBlock(group=SECTIONS)
    droits = DroitsBlock(group=SECTIONS)
    recours = RecoursBlock(group=SECTIONS)
    documents = DocumentsBlock(group=SECTIONS)
    steps = KeyStepsBlock(group=SECTIONS)
    contacts = ContactsBlock(group=SECTIONS)


def toc_entries(stream):
    """(anchor, title) of each titled section of a StreamField value, in order."""
    entries = []
    for child in stream:
        value = child.value
        if child.block_type == "heading" and value.get("level") == "h2":
            entries.append((f"s-{child.id}", value["text"]))
        elif isinstance(child.block, SectionBlock):
            entries.append((f"s-{child.id}", value["title"]))
    return entries
