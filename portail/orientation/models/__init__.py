from .communes import CodePostal, Commune
from .lieux import Horaire, Lieu

__all__ = ["CodePostal", "Commune", "Horaire", "Lieu"]
