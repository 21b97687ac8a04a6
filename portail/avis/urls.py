from django.urls import path

from .views import committees, feedback, hub, questionnaires

app_name = "avis"

urlpatterns = [
    path("avis/", hub.hub, name="hub"),
    path("avis/questionnaires/<slug:slug>/", questionnaires.questionnaire, name="questionnaire"),
    path(
        "avis/questionnaires/<slug:slug>/invitation/<str:token>/",
        questionnaires.questionnaire,
        name="questionnaire_invitation",
    ),
    path(
        "avis/questionnaires/<slug:slug>/merci/",
        questionnaires.questionnaire_thanks,
        name="questionnaire_thanks",
    ),
    path(
        "avis/resultats/<slug:slug>/",
        questionnaires.questionnaire_results,
        name="questionnaire_results",
    ),
    path("avis/suggestion/", feedback.suggestion, name="suggestion"),
    path("avis/reclamation/", feedback.reclamation, name="reclamation"),
    path(
        "avis/reclamation/suivi/<str:secret>/", feedback.reclamation_track, name="reclamation_track"
    ),
    path("avis/mes-reclamations/", feedback.my_reclamations, name="my_reclamations"),
    path(
        "avis/mes-reclamations/<str:number>/",
        feedback.my_reclamation_detail,
        name="my_reclamation_detail",
    ),
    path("avis/comites/", committees.committees, name="committees"),
    path("avis/comites/<slug:slug>/", committees.committee, name="committee"),
    path("avis/reunions/<int:pk>/inscription/", committees.register, name="register"),
    path(
        "avis/reunions/<int:pk>/inscription/<str:status>/",
        committees.registration_done,
        name="registration_done",
    ),
    path("avis/reunions/<int:pk>/agenda.ics", committees.session_calendar, name="session_calendar"),
    path(
        "avis/inscription/confirmer/<str:token>/",
        committees.registration_confirm,
        name="registration_confirm",
    ),
    path(
        "avis/inscription/annuler/<str:token>/",
        committees.registration_cancel,
        name="registration_cancel",
    ),
]
