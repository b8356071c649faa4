"""
The production settings, plus the benchmark's URLconf (the site and a fixed "ceiling" page).

Everything else is read from the environment exactly as in production; `bench.run` sets
DEBUG off, a generated secret key and temporary static and media folders.
"""
from renewz.settings import *  # noqa: F401,F403

ROOT_URLCONF = "bench.urls"
