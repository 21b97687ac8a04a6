"""The invitation link: the invited person chooses a password and activates the account."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .. import invitations
from ..forms import AcceptInvitationForm
from ..models import Invitation, Role

STALE_MESSAGES = {
    "expired": _(
        "Ce lien d'invitation a expiré. Demandez à votre référent de vous en envoyer un nouveau."
    ),
    "used": _(
        "Ce lien a déjà servi : votre compte est activé. Connectez-vous avec votre "
        "adresse électronique et votre mot de passe."
    ),
    "revoked": _(
        "Ce lien d'invitation a été annulé. Si vous pensez que c'est une erreur, "
        "contactez votre référent."
    ),
    "too_young": _(
        "L'accès personnel au dossier n'est pas encore ouvert. Votre référent vous en reparlera."
    ),
}


def _stale(request, state, status=410):
    return render(
        request,
        "dossier/invitation_invalid.html",
        {
            "message": STALE_MESSAGES.get(state),
            "state": state,
            "breadcrumb": [(_("Invitation"), "")],
        },
        status=status,
    )


def accept_invitation(request, token):
    invitation = Invitation.find(token)
    if invitation is None:
        return _stale(request, "unknown", status=404)
    if invitation.state != "valid":
        return _stale(request, invitation.state)
    if invitation.role == Role.JEUNE and not invitation.child.has_own_access_age:
        return _stale(request, "too_young")
    user = invitations.existing_user(invitation)
    needs_password = user is None or not user.has_usable_password()
    form = AcceptInvitationForm(request.POST or None, user=user) if needs_password else None
    if request.method == "POST" and (form is None or form.is_valid()):
        password = form.cleaned_data["password2"] if form else None
        if invitations.accept(invitation.pk, password) is None:
            return _stale(request, "used")
        messages.success(
            request, _("Votre compte est activé. Connectez-vous pour voir le dossier.")
        )
        return redirect("account_login")
    return render(
        request,
        "dossier/invitation_accept.html",
        {
            "invitation": invitation,
            "form": form,
            "existing": not needs_password,
            "breadcrumb": [(_("Activer mon compte"), "")],
        },
    )
