from django import template
from django.utils.safestring import mark_safe
from wagtail.rich_text import expand_db_html

from ..abbr import abbreviate

register = template.Library()


@register.simple_tag(takes_context=True)
def richtext_abbr(context, value):
    """Render rich text like `|richtext`, with the page's first use of each acronym in <abbr>.

    The set of acronyms already explained is kept on the request, so across the blocks of
    one page only the first occurrence is marked.
    """
    if value is None:
        return ""
    html = value.source if hasattr(value, "source") else str(value)
    html = expand_db_html(html)
    request = context.get("request")
    seen = None
    if request is not None:
        seen = getattr(request, "_livret_abbr_seen", None)
        if seen is None:
            seen = request._livret_abbr_seen = set()
    return mark_safe(abbreviate(html, seen))  # noqa: S308 - editor HTML, already sanitised


@register.filter
def abbr(value):
    """Filter form, for rendered HTML: `{{ value|richtext|abbr }}` (no state across blocks)."""
    return mark_safe(abbreviate(str(value)))  # noqa: S308
