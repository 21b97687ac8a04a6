from .faq import FaqEntry, FaqPage, FaqPageTheme, FaqTheme
from .glossary_page import GlossaryPage
from .guide import GuidePage, GuideProgress
from .livret_pages import CADRE_CHOICES, MESURE_CHOICES, LivretIndexPage, LivretPage
from .snippets import Droit, GlossaryTerm, Intervenant, VoieDeRecours
from .stats import HelpfulVote, PageViewCount

__all__ = [
    "CADRE_CHOICES",
    "MESURE_CHOICES",
    "Droit",
    "FaqEntry",
    "FaqPage",
    "FaqPageTheme",
    "FaqTheme",
    "GlossaryPage",
    "GlossaryTerm",
    "GuidePage",
    "GuideProgress",
    "HelpfulVote",
    "Intervenant",
    "LivretIndexPage",
    "LivretPage",
    "PageViewCount",
    "VoieDeRecours",
]
