from django.conf import settings
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

PRIVATE_PREFIXES = ("/compte/", "/espace/", "/api/chat/")


class PrivatePagesNeverCachedMiddleware:
    """Any response to a signed-in visitor, or under a private prefix, is never stored."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.WAGTAIL_ADMIN_PATH}"

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        private = (
            (user is not None and user.is_authenticated)
            or request.path.startswith(PRIVATE_PREFIXES)
            or request.path.startswith(self.admin_prefix)
        )
        if private:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
        else:
            patch_vary_headers(response, ["Cookie"])
        return response


class SiteLanguageMiddleware:
    """French unless the visitor chose another language with the switcher (cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language and mix an English
    interface with French content; editors publish in French, so we only follow a choice.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.languages else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ["Cookie"])
        return response
