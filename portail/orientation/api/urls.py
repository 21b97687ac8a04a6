from django.urls import path
from drf_spectacular.views import SpectacularAPIView

from . import views

urlpatterns = [
    path("lieux/types/", views.TypesView.as_view(), name="api-lieux-types"),
    path("lieux/", views.LieuSearchView.as_view(), name="api-lieux"),
    path("lieux/<int:pk>/", views.LieuDetailView.as_view(), name="api-lieu"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
]
