from django.urls import path

from .views import account, documents, espace, export, invitations, meetings, requests

app_name = "dossier"

child = "espace/dossiers/<int:child_id>/"

urlpatterns = [
    path("espace/", espace.espace, name="espace"),
    path(child, espace.child_home, name="child"),
    path(f"{child}section/<slug:section>/", espace.section, name="section"),
    path(f"{child}projet/", espace.ppe, name="ppe"),
    path(f"{child}decisions/", espace.decisions, name="decisions"),
    path(f"{child}documents/", espace.documents, name="documents"),
    path(f"{child}documents/<int:document_id>/telecharger/", documents.download, name="download"),
    path(f"{child}rencontres/", meetings.meetings, name="meetings"),
    path(f"{child}rencontres/<int:meeting_id>/", meetings.meeting_detail, name="meeting"),
    path(f"{child}parcours/", espace.timeline, name="timeline"),
    path(f"{child}consultations/", espace.consultations, name="consultations"),
    path("espace/invitation/<str:token>/", invitations.accept_invitation, name="invitation"),
    path("espace/deconnexion-partout/", account.logout_everywhere, name="logout_everywhere"),
    path("espace/mes-donnees/", export.export, name="export"),
    path("demande-acces-dossier/", requests.access_request, name="access_request"),
    path(
        "demande-acces-dossier/envoyee/", requests.access_request_done, name="access_request_done"
    ),
]
