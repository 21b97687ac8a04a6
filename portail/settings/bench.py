"""`make bench`: production-like (DEBUG off, compressed static files) over plain HTTP."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY") or "bench-only-secret-" + "x" * 40
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
AXES_ENABLED = False  # the load generator must not lock itself out
LOGGING["root"]["level"] = "ERROR"  # noqa: F405
# The load generator is one client on one address: lift per-IP limits for the measure.
ORIENTATION_API_THROTTLE_RATE = "1000000/min"
RATELIMIT_ENABLE = False
