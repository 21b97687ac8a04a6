from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from .models import MenuItem, PortalSettings
from .page_cache import bump_generation

# Publishing or unpublishing any page, or editing the header/footer settings, empties the
# anonymous page cache: menus, lists and breadcrumbs of other pages may show the change.
for signal in (page_published, page_unpublished):
    signal.connect(bump_generation, dispatch_uid=f"core-page-cache-{id(signal)}")
for model in (PortalSettings, MenuItem):
    for signal in (post_save, post_delete):
        signal.connect(
            bump_generation,
            sender=model,
            dispatch_uid=f"core-page-cache-{model.__name__}-{id(signal)}",
        )
