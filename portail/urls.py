from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portail.core import views as core_views

handler404 = "portail.core.views.page_not_found"
handler500 = "portail.core.views.server_error"

urlpatterns = [
    path(settings.WAGTAIL_ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("recherche/", core_views.search, name="search"),
    path("sante/", core_views.health, name="health"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("langue/<str:code>/", core_views.switch_language, name="switch_language"),
    path("compte/", include("allauth.urls")),
    # Each app owns its URLs; apps that have none yet ship an empty urls.py.
    path("", include("portail.livret.urls")),
    path("", include("portail.orientation.urls")),
    path("", include("portail.dossier.urls")),
    path("", include("portail.avis.urls")),
    path("", include("portail.chat.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
