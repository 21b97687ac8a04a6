"""Forms typed by families: expression before a meeting, access requests, invitations."""

from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from portail.core.sanitize import clean_text

from .models import AccessRequest


class ExpressionForm(forms.Form):
    text = forms.CharField(
        label=_("Ce que je veux dire avant la rencontre"),
        help_text=_(
            "Votre avis, vos questions, ce qui va bien ou moins bien. "
            "Le référent le lira et il sera gardé dans le dossier."
        ),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=5000,
    )

    def clean_text(self):
        text = clean_text(self.cleaned_data["text"], max_length=5000)
        if not text:
            raise forms.ValidationError(_("Écrivez quelques mots avant d'envoyer."))
        return text


class AccessRequestForm(forms.ModelForm):
    class Meta:
        model = AccessRequest
        fields = [
            "full_name",
            "email",
            "phone",
            "relation",
            "concerned_person",
            "concerned_birth_date",
            "whole_file",
            "message",
            "accompanied_reading",
        ]
        widgets = {
            "concerned_birth_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "relation": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 5}),
        }
        help_texts = {
            "concerned_person": _(
                "Votre nom si le dossier vous concerne, sinon celui de l'enfant."
            ),
            "message": _("Par exemple : les années qui vous intéressent, un document précis."),
            "phone": _("Facultatif. Pour vous proposer un rendez-vous plus vite."),
        }

    def clean(self):
        data = super().clean()
        for name in ("full_name", "concerned_person", "phone"):
            if data.get(name):
                data[name] = clean_text(data[name], max_length=200)
        data["message"] = clean_text(data.get("message"), max_length=3000)
        return data


class AcceptInvitationForm(forms.Form):
    password1 = forms.CharField(
        label=_("Choisissez un mot de passe"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Au moins 12 caractères. Une phrase facile à retenir convient bien."),
    )
    password2 = forms.CharField(
        label=_("Tapez-le une deuxième fois"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, user=None, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password2(self):
        p1, p2 = self.cleaned_data.get("password1"), self.cleaned_data.get("password2")
        if p1 and p2 and p1 != p2:
            raise forms.ValidationError(_("Les deux mots de passe ne sont pas identiques."))
        if p2:
            try:
                password_validation.validate_password(p2, self.user)
            except forms.ValidationError as error:
                raise forms.ValidationError(error.messages) from error
        return p2
