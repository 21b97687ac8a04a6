"""Shapes of the public annuaire API (the assistant codes against them: keep them stable)."""

from rest_framework import serializers

from ..hours import format_slot, sorted_slots


class TypeSerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()


class ContactSerializer(serializers.Serializer):
    label = serializers.CharField()
    telephone = serializers.CharField(allow_blank=True)


class TypesResponseSerializer(serializers.Serializer):
    types = TypeSerializer(many=True)
    contact_general = ContactSerializer()


class CommuneSerializer(serializers.Serializer):
    insee = serializers.CharField()
    nom = serializers.CharField()
    codes_postaux = serializers.ListField(child=serializers.CharField())


class LieuSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="pk")
    nom = serializers.CharField(source="name")
    type = serializers.CharField()
    type_label = serializers.CharField()
    adresse = serializers.CharField(source="address")
    code_postal = serializers.CharField(source="postal_code")
    commune = serializers.CharField(source="commune.nom")
    telephone = serializers.CharField(source="phone")
    email = serializers.CharField()
    horaires = serializers.CharField(source="hours_summary")
    url = serializers.CharField(source="get_absolute_url")


class HoraireSerializer(serializers.Serializer):
    jour = serializers.IntegerField(source="weekday", help_text="0 = lundi … 6 = dimanche")
    jour_label = serializers.CharField(source="get_weekday_display")
    ouverture = serializers.TimeField(source="opens", format="%H:%M")
    fermeture = serializers.TimeField(source="closes", format="%H:%M")
    precision = serializers.CharField(source="note")
    texte = serializers.SerializerMethodField()

    def get_texte(self, obj) -> str:
        return format_slot(obj)


class LieuDetailSerializer(LieuSerializer):
    site_internet = serializers.CharField(source="website")
    public = serializers.CharField()
    services = serializers.CharField()
    accessibilite = serializers.CharField(source="accessibility")
    horaires_detail = serializers.SerializerMethodField()

    def get_horaires_detail(self, obj) -> list[dict]:
        return HoraireSerializer(sorted_slots(obj.horaires.all()), many=True).data


class SearchResponseSerializer(serializers.Serializer):
    commune = CommuneSerializer(allow_null=True)
    niveau = serializers.ChoiceField(
        choices=["commune", "epci", "arrondissement", "departement"], allow_null=True
    )
    message = serializers.CharField(allow_blank=True)
    contact_general = ContactSerializer()
    candidats = CommuneSerializer(
        many=True, help_text="Communes possibles si la saisie est ambiguë."
    )
    results = LieuSerializer(many=True)


class ErrorSerializer(serializers.Serializer):
    error = serializers.CharField()
