from django.urls import path

from . import views

app_name = "livret"

urlpatterns = [
    path("avis-page/<int:page_id>/", views.helpful_vote, name="helpful_vote"),
]
