"""PDF of a livret with WeasyPrint: system fonts only, no network access."""

from django.contrib.staticfiles import finders
from django.core.cache import cache
from weasyprint import CSS, HTML


def _deny_fetch(url, *args, **kwargs):
    """Nothing external is loaded into a PDF (no SSRF through content)."""
    raise ValueError(f"resource not allowed in PDF: {url}")


def livret_pdf(page, request) -> bytes:
    published = page.last_published_at.timestamp() if page.last_published_at else 0
    key = f"livret:pdf:{page.pk}:{published}"
    data = cache.get(key)
    if data is None:
        html = page.print_html(request)
        stylesheet = CSS(filename=finders.find("livret/livret-pdf.css"))
        data = HTML(string=html, url_fetcher=_deny_fetch).write_pdf(stylesheets=[stylesheet])
        cache.set(key, data, 24 * 3600)
    return data
