"""Guide du parcours for young people aged 15 and over, and their private ticks."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..page_cache import AnonymousPageCacheMixin, mark_personal

DOMAINS = [
    ("papiers", _("Papiers")),
    ("sante", _("Santé")),
    ("argent", _("Argent et ressources")),
    ("logement", _("Logement")),
    ("formation", _("Formation et emploi")),
    ("droits", _("Droits et recours")),
    ("loisirs", _("Loisirs")),
]


class AgeStageBlock(blocks.StructBlock):
    age = blocks.CharBlock(label=_("Âge"), max_length=20, help_text=_("Par exemple : 17 ans."))
    title = blocks.CharBlock(label=_("Ce qui se passe"), max_length=120)
    text = blocks.RichTextBlock(label=_("Explication"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "time"
        label = _("Étape de la frise")


class ChecklistStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Démarche"), max_length=160)
    text = blocks.TextBlock(label=_("Précision"), required=False, max_length=400)
    age = blocks.CharBlock(label=_("À quel âge"), required=False, max_length=20)


class DomainBlock(blocks.StructBlock):
    domain = blocks.ChoiceBlock(label=_("Domaine"), choices=DOMAINS)
    title = blocks.CharBlock(label=_("Titre"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=400)
    steps = blocks.ListBlock(ChecklistStepBlock(), label=_("Démarches à cocher"))

    class Meta:
        icon = "tasks"
        label = _("Domaine")


class GuidePage(AnonymousPageCacheMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("chapeau"), max_length=600)
    timeline = StreamField(
        [("stage", AgeStageBlock())], verbose_name=_("frise par âge"), blank=True
    )
    domains = StreamField([("domain", DomainBlock())], verbose_name=_("domaines"), blank=True)
    count_views = True

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("timeline"),
        FieldPanel("domains"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("timeline"),
        index.SearchField("domains"),
    ]
    template = "livret/guide_page.html"

    class Meta:
        verbose_name = _("guide du parcours 15 ans et plus")

    def step_ids(self) -> set[str]:
        """Stable ids: the ids Wagtail gives to each list item of a domain's steps."""
        return {item.id for domain in self.domains for item in domain.value["steps"].bound_blocks}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        checked = set()
        if request.user.is_authenticated:
            mark_personal(request)
            checked = set(
                GuideProgress.objects.filter(user=request.user).values_list("step_id", flat=True)
            )
        context["checked_steps"] = checked
        return context

    @path("")
    def guide(self, request):
        return self.render(request)

    @path("etapes/", name="steps")
    def save_steps(self, request):
        """POST: save the signed-in young person's ticks (form or one step via JS)."""
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        known = self.step_ids()
        if "step" in request.POST:  # one tick at a time, from the JS enhancement
            step_id = request.POST["step"]
            if step_id not in known:
                raise Http404
            checked = request.POST.get("checked") == "1"
            GuideProgress.set(request.user, step_id, checked)
            return JsonResponse({"step": step_id, "checked": checked})
        wanted = set(request.POST.getlist("steps")) & known
        mine = GuideProgress.objects.filter(user=request.user, step_id__in=known)
        mine.exclude(step_id__in=wanted).delete()
        already = set(mine.values_list("step_id", flat=True))
        GuideProgress.objects.bulk_create(
            [GuideProgress(user=request.user, step_id=s) for s in wanted - already]
        )
        return HttpResponseRedirect(f"{self.url}?enregistre=1#ma-liste")


class GuideProgress(models.Model):
    """A step a young person ticked. Only ever read through `user=request.user`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="guide_progress",
        verbose_name=_("utilisateur"),
    )
    step_id = models.CharField(_("démarche"), max_length=64)
    checked_at = models.DateTimeField(_("cochée le"), auto_now=True)

    class Meta:
        verbose_name = _("démarche cochée")
        verbose_name_plural = _("démarches cochées")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "step_id"], name="livret_guideprogress_unique_step"
            )
        ]

    def __str__(self):
        return self.step_id

    @classmethod
    def set(cls, user, step_id, checked):
        if checked:
            cls.objects.update_or_create(user=user, step_id=step_id)
        else:
            cls.objects.filter(user=user, step_id=step_id).delete()
