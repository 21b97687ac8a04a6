"""Time the questionnaire results dashboard over 100,000 answers; prints JSON.

Standalone: `DJANGO_SETTINGS_MODULE=portail.settings.test python bench/avis_results.py`
(uses a throw-away test database, SQLite or the PostgreSQL of DATABASE_URL).
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portail.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)

ANSWERS = int(os.environ.get("AVIS_BENCH_ANSWERS", "100000"))


def main():
    from django.conf import settings
    from django.test import Client

    setup_test_environment()
    old = connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        from portail.avis import demo, results
        from portail.avis.models import Answer

        questionnaire, _created = demo.ensure_questionnaire("bench", "Bench", mode="permanent")
        start = time.perf_counter()
        per_response = 6  # generated responses hold about 6.6 answer rows each
        demo.generate_answers(questionnaire, ANSWERS // per_response, seed=1)
        prepare = time.perf_counter() - start
        answers = Answer.objects.count()
        start = time.perf_counter()
        data = results.compute(questionnaire)
        compute = time.perf_counter() - start
        filtered = results.Filters(territory=demo.TERRITORIES[0])
        start = time.perf_counter()
        results.compute(questionnaire, filtered)
        compute_filtered = time.perf_counter() - start
        from allauth.mfa.models import Authenticator
        from allauth.mfa.utils import encrypt
        from django.contrib.auth import get_user_model

        admin = get_user_model().objects.create_superuser(
            email="bench@example.org",
            password="x-bench-42",  # noqa: S106
        )
        Authenticator.objects.create(
            user=admin, type=Authenticator.Type.TOTP, data={"secret": encrypt("JBSWY3DPEHPK3PXP")}
        )
        client = Client()
        client.force_login(admin)
        url = f"/{settings.WAGTAIL_ADMIN_PATH}avis/resultats/{questionnaire.pk}/"
        client.get(url)  # warm templates
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            status = client.get(url).status_code
            view = time.perf_counter() - start
        print(
            json.dumps(
                {
                    "benchmark": "avis_results",
                    "database": connection.vendor,
                    "responses": data["total"],
                    "answers": answers,
                    "prepare_seconds": round(prepare, 2),
                    "compute_seconds": round(compute, 3),
                    "compute_filtered_seconds": round(compute_filtered, 3),
                    "view_seconds": round(view, 3),
                    "view_status": status,
                    "view_queries": len(queries),
                }
            )
        )
    finally:
        connection.creation.destroy_test_db(old, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
