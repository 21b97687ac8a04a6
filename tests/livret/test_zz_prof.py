import cProfile, pstats, pytest
@pytest.mark.django_db
def test_prof(demo_socle):
    from portail.livret.demo import load_all
    pr = cProfile.Profile(); pr.enable(); load_all(out=print); pr.disable()
    pstats.Stats(pr).sort_stats("cumulative").print_stats(25)
