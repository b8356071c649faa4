"""The admin's Content-Security-Policy: the site's policy, plus exactly what the admin's editor needs.

Every response gets the site's security headers from middlewares outside the page cache
(settings.MIDDLEWARE, settings.CONTENT_SECURITY_POLICY). The admin differs in two ways,
both set here: django-prose-editor loads its modules through an inline import map, which
gets this request's CSP nonce, and styles may be inline
(settings.ADMIN_CONTENT_SECURITY_POLICY_REPLACE says why). Its scripts still come only
from this site.
"""
from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CSPMiddleware
from django.conf import settings

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, building the policy of page-cache hits once per process.

    A hit is a new response without anything of its own for django-csp (no decorator's
    changes, no nonce), so every hit gets the same policy; building it cost more than the
    rest of a hit (0.15 of 0.4 ms), and the nginx front renews every page it serves once a
    second (renewz.microcache).
    """

    hit_headers = None

    def process_response(self, request, response):
        is_hit = response.get("X-Page-Cache") == "hit"
        if is_hit and self.hit_headers is not None:
            for name, value in self.hit_headers.items():
                response[name] = value
            return response
        response = super().process_response(request, response)
        if is_hit:
            self.hit_headers = {name: response[name] for name in (HEADER, HEADER_REPORT_ONLY) if name in response}
        return response


class AdminContentSecurityPolicyMiddleware:
    """Give admin responses the admin's CSP, and the admin's inline import map its nonce.

    Sits inside django-csp's CSPMiddleware, which reads `_csp_replace` off the response and
    adds the nonce to the header only when a page used it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX):
            response._csp_replace = settings.ADMIN_CONTENT_SECURITY_POLICY_REPLACE
        return response

    def process_template_response(self, request, response):
        # The admin renders its forms' assets as `{{ media }}`; django-prose-editor's media
        # (django-js-asset) renders the import map and its module scripts with a nonce.
        media = (response.context_data or {}).get("media")
        if request.path.startswith(ADMIN_PREFIX) and hasattr(media, "with_nonce") and hasattr(request, "csp_nonce"):
            response.context_data["media"] = media.with_nonce(request.csp_nonce)
        return response
