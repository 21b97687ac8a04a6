"""Human-readable opening hours: "lun. 9h-12h, 13h30-17h; mar. 9h-12h"."""

from itertools import groupby

from django.utils.translation import gettext_lazy as _

WEEKDAYS = [
    (0, _("lundi")),
    (1, _("mardi")),
    (2, _("mercredi")),
    (3, _("jeudi")),
    (4, _("vendredi")),
    (5, _("samedi")),
    (6, _("dimanche")),
]
SHORT_WEEKDAYS = [_("lun."), _("mar."), _("mer."), _("jeu."), _("ven."), _("sam."), _("dim.")]


def format_time(value) -> str:
    return f"{value.hour}h{value.minute:02d}" if value.minute else f"{value.hour}h"


def format_slot(slot) -> str:
    text = f"{format_time(slot.opens)}-{format_time(slot.closes)}"
    return f"{text} ({slot.note})" if slot.note else text


def sorted_slots(slots):
    return sorted(slots, key=lambda slot: (slot.weekday, slot.opens))


def hours_by_day(slots):
    """[(weekday label, [slot text, ...]), ...] in week order, open days only."""
    return [
        (str(WEEKDAYS[day][1]), [format_slot(slot) for slot in day_slots])
        for day, day_slots in groupby(sorted_slots(slots), key=lambda slot: slot.weekday)
    ]


def format_hours(slots) -> str:
    parts = [
        f"{SHORT_WEEKDAYS[day]} " + ", ".join(format_slot(slot) for slot in day_slots)
        for day, day_slots in groupby(sorted_slots(slots), key=lambda slot: slot.weekday)
    ]
    return "; ".join(parts)
