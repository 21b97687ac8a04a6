"""Point d'entrée du serveur d'actions (`rasa run actions --actions actions`)."""

from actions.fallback import ActionFallbackHelp  # noqa: F401
from actions.place_search import ActionSearchPlaces, ValidatePlaceSearchForm  # noqa: F401
