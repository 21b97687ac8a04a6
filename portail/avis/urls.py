app_name = "avis"

urlpatterns: list = []
