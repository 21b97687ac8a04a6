"""OpenAPI schema scope: only the portal's public API, not Wagtail's internal admin API."""

PUBLIC_API_PREFIX = "/api/v1/"


def public_api_only(endpoints, **kwargs):
    return [endpoint for endpoint in endpoints if endpoint[0].startswith(PUBLIC_API_PREFIX)]
