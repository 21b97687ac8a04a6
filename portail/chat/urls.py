from django.urls import path

from . import views

app_name = "chat"

urlpatterns = [
    path("api/chat/session/", views.session, name="session"),
    path("api/chat/message/", views.message, name="message"),
    path("assistant/", views.assistant_page, name="assistant"),
]
