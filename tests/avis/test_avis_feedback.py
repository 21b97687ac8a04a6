"""Suggestions and réclamations: storage, sanitising, tracking link, email."""

from django.core import mail
from django.urls import reverse

from portail.avis.models import Reclamation, Suggestion


def test_anonymous_suggestion(client, db):
    response = client.post(
        reverse("avis:suggestion"),
        {"topic": "accueil", "text": "Des jeux <img src=x onerror=alert(1)> en salle"},
    )
    assert response.status_code == 200 and "Merci" in response.content.decode()
    assert Suggestion.objects.get().text == "Des jeux  en salle"


def test_suggestion_errors_keep_text(client, db):
    typed = "x" * 3001
    response = client.post(reverse("avis:suggestion"), {"topic": "accueil", "text": typed})
    content = response.content.decode()
    assert typed in content and "au plus 3000" in content
    assert 'aria-invalid="true"' in content and "id_text_error" in content
    assert not Suggestion.objects.exists()


def test_reclamation_tracking_and_ack_email(client, db):
    response = client.post(
        reverse("avis:reclamation"),
        {
            "topic": "information",
            "subject": "Courrier",
            "description": "Je n'ai rien compris.",
            "email": "auteur@example.org",
        },
    )
    assert response.status_code == 302
    item = Reclamation.objects.get()
    assert item.tracking_number.startswith("REC-") and len(item.tracking_number) == 17
    assert len(mail.outbox) == 1 and item.tracking_number in mail.outbox[0].subject
    link = response["Location"].split("?")[0]
    assert link in mail.outbox[0].body and item.secret_hash not in link
    page = client.get(link).content.decode()
    assert item.tracking_number in page and "Pas encore de réponse" in page
    item.answer = "Nous avons revu le courrier."
    item.save()
    page = client.get(link).content.decode()
    assert "Nous avons revu le courrier." in page and "Réponse envoyée" in page
    assert client.get(reverse("avis:reclamation_track", args=["mauvais"])).status_code == 404


def test_account_lists_own_reclamations_only(client, db, family_user, django_user_model):
    client.force_login(family_user)
    client.post(
        reverse("avis:reclamation"), {"topic": "accueil", "subject": "Mien", "description": "Texte"}
    )
    other = django_user_model.objects.create_user(email="autre@example.org", password="x")
    Reclamation.objects.create(
        user=other, topic="accueil", subject="Pas à moi", description="x", secret_hash="h" * 64
    )
    page = client.get(reverse("avis:my_reclamations")).content.decode()
    assert "Mien" in page and "Pas à moi" not in page
    theirs = Reclamation.objects.get(subject="Pas à moi")
    assert (
        client.get(reverse("avis:my_reclamation_detail", args=[theirs.tracking_number])).status_code
        == 404
    )
