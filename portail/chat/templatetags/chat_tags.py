from django import template

from .. import conf

register = template.Library()


@register.inclusion_tag("chat/widget.html")
def chat_widget():
    """The assistant's widget: plain links first, the script turns them into a chat."""
    return {
        "retention_days": conf.RETENTION_DAYS,
        "max_length": conf.MAX_MESSAGE_LENGTH,
        "directory_url": conf.DIRECTORY_URL,
        "faq_url": conf.FAQ_URL,
    }
