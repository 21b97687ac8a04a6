def test_dbg(lieux):
    from wagtail.search.backends import get_search_backend
    from portail.orientation.models import Lieu
    from wagtail import hooks
    print([h for h in hooks.get_hooks("portail_search")])
    b = get_search_backend()
    print(b, list(b.search("Vigneux", Lieu.objects.filter(active=True))))
    print(list(b.search("Vigneux", Lieu)))
    from wagtail.search.models import IndexEntry
    print(IndexEntry.objects.count())
