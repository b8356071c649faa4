"""How long the nginx front (deploy/nginx/renewz.conf) may keep an answer: until the end of the
second it was made in.

nginx counts cache lifetimes in whole seconds of its clock: "1 s" (proxy_cache_valid 1s) keeps a
copy until the end of the *next* second, up to 2 s, and under load pages are then renewed every
2 s. `X-Accel-Expires: @<this second>` ends each copy at the next full second instead, so a
publication, correction or depublication is visible behind nginx within 1 s plus one rendering,
on every page at the same moment. nginx reads the header and does not pass it on; it stores
nothing marked private or no-store (its own rule), and nothing for requests with a session.
App servers and nginx need clocks in step (NTP), as the two-factor codes do anyway.
"""
import time


class MicrocacheExpiryMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("X-Accel-Expires", f"@{int(time.time())}")
        return response
