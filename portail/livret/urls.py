app_name = "livret"

urlpatterns: list = []
