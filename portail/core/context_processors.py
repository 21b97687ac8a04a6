from django.conf import settings


def portal(request):
    return {
        "DEPARTEMENT": settings.DEPARTEMENT,
        "WAGTAIL_SITE_NAME": settings.WAGTAIL_SITE_NAME,
    }
