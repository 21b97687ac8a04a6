from django.urls import include, path

from . import views

app_name = "orientation"

urlpatterns = [
    path("annuaire/", views.annuaire, name="annuaire"),
    path("annuaire/types/", views.types, name="types"),
    path("annuaire/lieu/<int:pk>/", views.lieu_detail, name="lieu"),
    path("api/v1/", include("portail.orientation.api.urls")),
]
