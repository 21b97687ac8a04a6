"""Public forms: suggestion, réclamation, committee registration."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portail.avis import conf
from portail.core.sanitize import clean_text

from .models import Reclamation, Registration, Suggestion

PROFILE_CHOICES = [
    ("", _("Choisir (facultatif)")),
    ("parent-ase", _("Parent d'un enfant accueilli")),
    ("parent-domicile", _("Parent accompagné à la maison")),
    ("jeune", _("Jeune de 15 ans ou plus, ou jeune majeur")),
    ("ancien", _("Ancien ou ancienne bénéficiaire")),
    ("pmi", _("Personne suivie par la PMI")),
    ("autre", _("Autre")),
]


class CleanTextMixin:
    """Run every listed free-text field through the shared sanitiser once."""

    text_fields: tuple = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The server refuses over-long text with a message and keeps it; a browser
        # maxlength would silently cut a pasted text instead.
        for name in self.text_fields:
            self.fields[name].widget.attrs.pop("maxlength", None)

    def full_clean(self):
        super().full_clean()
        # Tie each error (and the help text) to its field for screen readers.
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_error"]
            if self.fields[name].help_text:
                ids.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs.update(
                {"aria-describedby": " ".join(ids), "aria-invalid": "true"}
            )

    def clean(self):
        data = super().clean()
        for name in self.text_fields:
            if name in data:
                cleaned = clean_text(data[name])
                if not cleaned and self.fields[name].required:
                    self.add_error(name, _("Écrivez quelques mots, sans balises."))
                data[name] = cleaned
        return data


class SuggestionForm(CleanTextMixin, forms.ModelForm):
    text_fields = ("text",)
    text = forms.CharField(
        label=_("Votre suggestion"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=conf.LONG_TEXT_MAX,
        help_text=_("Ne donnez pas de nom ni d'information sur un enfant."),
    )
    email = forms.EmailField(
        label=_("Adresse électronique (facultatif)"),
        required=False,
        help_text=_("Seulement si vous souhaitez une réponse."),
    )

    class Meta:
        model = Suggestion
        fields = ["topic", "text", "email"]
        labels = {"topic": _("Sujet")}


class ReclamationForm(CleanTextMixin, forms.ModelForm):
    text_fields = ("subject", "description", "name")
    subject = forms.CharField(label=_("Objet"), max_length=200)
    description = forms.CharField(
        label=_("Ce qui s'est passé"),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=conf.LONG_TEXT_MAX,
        help_text=_("Dates, lieu, service concerné. Évitez les informations de santé."),
    )
    name = forms.CharField(label=_("Votre nom (facultatif)"), max_length=150, required=False)
    email = forms.EmailField(
        label=_("Adresse électronique (facultatif)"),
        required=False,
        help_text=_("Pour recevoir un accusé de réception avec votre lien de suivi."),
    )

    class Meta:
        model = Reclamation
        fields = ["topic", "subject", "description", "name", "email"]
        labels = {"topic": _("Sujet")}


class RegistrationForm(CleanTextMixin, forms.ModelForm):
    text_fields = ("name", "motivation")
    name = forms.CharField(label=_("Votre nom ou prénom"), max_length=150)
    email = forms.EmailField(
        label=_("Adresse électronique"),
        help_text=_("Pour confirmer l'inscription et recevoir un rappel."),
    )
    profile = forms.ChoiceField(label=_("Vous êtes"), choices=PROFILE_CHOICES, required=False)
    motivation = forms.CharField(
        label=_("Ce que vous aimeriez dire ou apporter (facultatif)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=conf.LONG_TEXT_MAX,
    )
    wants_membership = forms.BooleanField(
        label=_("Je souhaite aussi être candidat ou candidate pour devenir membre du comité"),
        required=False,
    )
    is_minor = forms.BooleanField(label=_("J'ai moins de 18 ans"), required=False)
    parent_email = forms.EmailField(
        label=_("Adresse électronique d'un parent ou du tuteur"),
        required=False,
        help_text=_("Obligatoire si vous avez moins de 18 ans."),
    )
    parental_consent = forms.BooleanField(
        label=_("Mon parent ou mon tuteur est d'accord pour que je participe"), required=False
    )
    consent = forms.BooleanField(
        label=_("J'accepte que le Département garde ces informations pour organiser la réunion"),
        help_text=_("Elles sont effacées un an après la réunion."),
    )
    name_public = forms.BooleanField(
        label=_("J'accepte que mon nom soit affiché sur le site parmi les participants"),
        required=False,
    )

    class Meta:
        model = Registration
        fields = [
            "name",
            "email",
            "profile",
            "motivation",
            "wants_membership",
            "is_minor",
            "parent_email",
            "parental_consent",
            "consent",
            "name_public",
        ]

    def clean(self):
        data = super().clean()
        if data.get("is_minor"):
            if not data.get("parent_email"):
                self.add_error("parent_email", _("Indiquez l'adresse d'un parent ou du tuteur."))
            if not data.get("parental_consent"):
                self.add_error(
                    "parental_consent", _("L'accord d'un parent ou du tuteur est nécessaire.")
                )
        return data
