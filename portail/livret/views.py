"""Public endpoints of the livret app: the "cette page vous a-t-elle aidé ?" vote."""

from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit
from wagtail.models import Page

from portail.core.sanitize import clean_text

from . import conf
from .models import HelpfulVote


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


# No CSRF token: the vote form sits on cached anonymous pages (a token would be stale). A
# forged vote is harmless and the per-IP rate limit caps abuse.
@csrf_exempt
@require_POST
@ratelimit(key="ip", rate=conf.HELPFUL_RATE, method="POST", block=False)
def helpful_vote(request, page_id):
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    answer = request.POST.get("helpful")
    if answer not in {"oui", "non"}:
        raise Http404
    if getattr(request, "limited", False):
        if _wants_json(request):
            return JsonResponse({"status": "limited"}, status=429)
        return HttpResponseRedirect(f"{page.url}?avis=trop#avis")
    HelpfulVote.objects.create(
        page=page,
        helpful=answer == "oui",
        comment=clean_text(request.POST.get("comment"), max_length=conf.HELPFUL_COMMENT_MAX),
    )
    if _wants_json(request):
        return JsonResponse({"status": "ok"})
    return HttpResponseRedirect(f"{page.url}?avis=merci#avis")
