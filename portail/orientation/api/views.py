"""Read-only public API of the annuaire: types, search near a commune, one place."""

import hmac

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from .. import conf
from ..models import Lieu
from ..place_search import general_contact, search_places
from ..types import LieuType, is_valid_type
from .serializers import (
    ErrorSerializer,
    LieuDetailSerializer,
    LieuSerializer,
    SearchResponseSerializer,
    TypesResponseSerializer,
)


class AnnuaireThrottle(AnonRateThrottle):
    scope = "annuaire"
    rate = conf.API_THROTTLE_RATE

    def allow_request(self, request, view):
        token = request.headers.get("X-Portail-Token", "")
        if conf.API_TRUSTED_TOKEN and hmac.compare_digest(token, conf.API_TRUSTED_TOKEN):
            return True
        return super().allow_request(request, view)


class PublicAPIView(APIView):
    permission_classes = [AllowAny]
    authentication_classes = []
    throttle_classes = [AnnuaireThrottle]


def commune_payload(commune):
    return {
        "insee": commune.insee,
        "nom": commune.nom,
        "codes_postaux": list(commune.codes_postaux),
    }


class TypesView(PublicAPIView):
    @extend_schema(
        summary="Types de lieux",
        description="Les types de lieux et le contact général du département.",
        operation_id="lieux_types",
        responses=TypesResponseSerializer,
    )
    def get(self, request):
        types = [{"code": code, "label": str(label)} for code, label in LieuType.choices]
        return Response({"types": types, "contact_general": general_contact()})


class LieuSearchView(PublicAPIView):
    @extend_schema(
        operation_id="lieux_search",
        summary="Lieux d'un type près d'une commune",
        description=(
            "Cherche la commune (nom ou code postal, sans tenir compte des accents et des "
            "petites fautes), puis les lieux du type demandé : dans la commune, sinon dans "
            "l'intercommunalité, sinon l'arrondissement, sinon le département (`niveau`). "
            "Commune inconnue ou ambiguë : `commune` vaut null, `results` est vide, "
            "`message` explique et `candidats` liste les communes possibles."
        ),
        parameters=[
            OpenApiParameter(
                "type",
                str,
                required=True,
                enum=LieuType.values,
                description="Code du type de lieu (voir /api/v1/lieux/types/).",
            ),
            OpenApiParameter("q", str, required=True, description="Nom de commune ou code postal."),
            OpenApiParameter(
                "limit",
                int,
                required=False,
                description=f"Nombre de lieux, de 1 à {conf.MAX_LIMIT} "
                f"(défaut {conf.DEFAULT_LIMIT}).",
            ),
        ],
        responses={200: SearchResponseSerializer, 400: ErrorSerializer},
    )
    def get(self, request):
        type_code = request.query_params.get("type", "").strip()
        query = request.query_params.get("q", "").strip()
        if not is_valid_type(type_code):
            return Response(
                {
                    "error": _(
                        "Paramètre « type » manquant ou inconnu. Codes possibles : %(codes)s."
                    )
                    % {"codes": ", ".join(LieuType.values)}
                },
                status=400,
            )
        if not query:
            return Response(
                {"error": _("Paramètre « q » manquant : indiquez une commune ou un code postal.")},
                status=400,
            )
        try:
            limit = int(request.query_params.get("limit", conf.DEFAULT_LIMIT))
        except ValueError:
            limit = 0
        if not 1 <= limit <= conf.MAX_LIMIT:
            return Response(
                {
                    "error": _("Paramètre « limit » invalide : un nombre de 1 à %(max)d.")
                    % {"max": conf.MAX_LIMIT}
                },
                status=400,
            )
        search = search_places(type_code, query, limit)
        return Response(
            {
                "commune": commune_payload(search.commune) if search.commune else None,
                "niveau": search.level,
                "message": search.message,
                "contact_general": general_contact(),
                "candidats": [commune_payload(c) for c in search.match.candidates],
                "results": LieuSerializer(search.lieux, many=True).data,
            }
        )


class LieuDetailView(PublicAPIView):
    @extend_schema(
        operation_id="lieu_detail",
        summary="Un lieu",
        responses={200: LieuDetailSerializer, 404: ErrorSerializer},
    )
    def get(self, request, pk):
        lieu = Lieu.objects.active().for_display().filter(pk=pk).first()
        if lieu is None:
            return Response({"error": _("Lieu introuvable.")}, status=404)
        return Response(LieuDetailSerializer(lieu).data)
