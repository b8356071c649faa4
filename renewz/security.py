"""The admin's Content-Security-Policy: the site's policy, plus exactly what the admin's editor needs.

Every response gets the site's security headers from middlewares outside the page cache
(settings.MIDDLEWARE, settings.CONTENT_SECURITY_POLICY). The admin differs in two ways,
both set here: django-prose-editor loads its modules through an inline import map, which
gets this request's CSP nonce, and styles may be inline
(settings.ADMIN_CONTENT_SECURITY_POLICY_REPLACE says why). Its scripts still come only
from this site.
"""
from django.conf import settings

ADMIN_PREFIX = "/admin/"


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
