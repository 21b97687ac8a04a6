"""Editor-side checks of a questionnaire: conditions must point at earlier questions."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm


def _kept(formset):
    for form in formset.forms:
        data = getattr(form, "cleaned_data", None)
        if data and not data.get("DELETE"):
            yield form, data


class QuestionnaireAdminForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        questions = self.formsets.get("questions")
        conditions = self.formsets.get("conditions")
        if questions is None or conditions is None:
            return cleaned
        # ClusterForm validates child formsets after this method: do it now to read them.
        if not (questions.is_valid() and conditions.is_valid()):
            return cleaned
        ordered = sorted(_kept(questions), key=lambda item: item[1].get("ORDER") or 0)
        position, seen = {}, set()
        for index, (form, data) in enumerate(ordered):
            code = data.get("code")
            if code in seen:
                form.add_error("code", _("Ce code est déjà utilisé par une autre question."))
            seen.add(code)
            position[code] = index
        for form, data in _kept(conditions):
            target, dep = data.get("question_code"), data.get("depends_on")
            if target not in position:
                form.add_error("question_code", _("Aucune question n'a ce code."))
            if dep not in position:
                form.add_error("depends_on", _("Aucune question n'a ce code."))
            elif target in position and position[dep] >= position[target]:
                form.add_error(
                    "depends_on", _("La condition doit porter sur une question placée avant.")
                )
        if any(f.errors for f in conditions.forms) or any(f.errors for f in questions.forms):
            raise ValidationError(_("Corrigez les questions ou conditions signalées."))
        return cleaned
