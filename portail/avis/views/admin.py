"""Staff pages in the Wagtail admin: questionnaire results and ODPE indicators."""

import csv
import datetime
import io

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from openpyxl import Workbook
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portail.avis import indicators, results
from portail.avis.models import Questionnaire

RESULTS_PERMISSION = "avis.change_questionnaire"


def can_see_results(user):
    return user.has_perm(RESULTS_PERMISSION)


def _parse_date(value):
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def filters_from(request, questionnaire):
    territories = results.filter_options(questionnaire, "territory")
    mesures = results.filter_options(questionnaire, "mesure")
    territory = request.GET.get("territoire", "")
    mesure = request.GET.get("mesure", "")
    return (
        results.Filters(
            start=_parse_date(request.GET.get("du")),
            end=_parse_date(request.GET.get("au")),
            territory=territory if territory in territories else "",
            mesure=mesure if mesure in mesures else "",
        ),
        territories,
        mesures,
    )


def _tabular_response(rows, fmt, filename):
    if fmt == "xlsx":
        book = Workbook()
        sheet = book.active
        for row in rows:
            sheet.append([str(c) if not isinstance(c, int | float) else c for c in row])
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
        return response
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response.write("\ufeff")  # Excel opens UTF-8 CSV correctly with a BOM
    writer = csv.writer(response, delimiter=";")
    for row in rows:
        # Neutralise spreadsheet formulas in exported cells.
        writer.writerow(
            [f"'{c}" if isinstance(c, str) and c and c[0] in "=+-@" else c for c in row]
        )
    return response


class StaffOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not can_see_results(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ResultsIndexView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "avis/admin/results_index.html"
    page_title = _("Résultats des questionnaires")
    header_icon = "list-ul"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["questionnaires"] = Questionnaire.objects.all()
        return context


class ResultsView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "avis/admin/results.html"
    header_icon = "list-ul"

    def get(self, request, *args, **kwargs):
        self.questionnaire = get_object_or_404(Questionnaire, pk=kwargs["pk"])
        self.filters, self.territories, self.mesures = filters_from(request, self.questionnaire)
        fmt = request.GET.get("format")
        if fmt in ("csv", "xlsx"):
            data = results.compute(self.questionnaire, self.filters)
            return _tabular_response(
                results.export_rows(data), fmt, f"resultats-{self.questionnaire.slug}"
            )
        return super().get(request, *args, **kwargs)

    def get_page_title(self):
        return _("Résultats : %(title)s") % {"title": self.questionnaire.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("format", None)
        context.update(
            {
                "questionnaire": self.questionnaire,
                "filters": self.filters,
                "territories": self.territories,
                "mesures": self.mesures,
                "results": results.compute(self.questionnaire, self.filters, include_text=True),
                "query": query.urlencode(),
            }
        )
        return context


class IndicatorsView(StaffOnlyMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "avis/admin/indicators.html"
    page_title = _("Indicateurs de participation")
    header_icon = "table"

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return _tabular_response(
                indicators.csv_rows(indicators.all_indicators()), "csv", "indicateurs-participation"
            )
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["data"] = indicators.all_indicators()
        return context
