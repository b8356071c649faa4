#!/usr/bin/env python3
"""Write RENEWZ's nginx site file from the template beside this script (renewz.conf).

    python3 deploy/nginx/render.py --server-name "renewz.de www.renewz.de" \\
        --static-root /srv/renewz/var/static --media-root /srv/renewz/var/media \\
        --private-media-root /srv/renewz/var/private > /etc/nginx/sites-available/renewz

Certificates default to certbot's place for the first server name. Standard library only, so
that it runs on a web server without the project's virtualenv. bench/nginx.py renders the same
template for the tests and benchmarks (plain HTTP on 127.0.0.1).
"""
import argparse
import re
from pathlib import Path

TEMPLATE = Path(__file__).with_name("renewz.conf")
PLACEHOLDER = re.compile(r"@([a-z_]+)@")


def render(**values):
    """The template with every @name@ replaced; a missing or unknown value is an error."""
    text = TEMPLATE.read_text()
    wanted = set(PLACEHOLDER.findall(text))
    if missing := wanted - values.keys():
        raise KeyError(f"nginx template: no value for {', '.join(sorted(missing))}")
    if unknown := values.keys() - wanted:
        raise KeyError(f"nginx template: no placeholder for {', '.join(sorted(unknown))}")
    return PLACEHOLDER.sub(lambda match: str(values[match[1]]), text)


def tls(certificate, key):
    """The TLS part of the HTTPS server block (Mozilla's "intermediate" profile)."""
    return "\n".join([
        f"ssl_certificate {certificate};",
        f"    ssl_certificate_key {key};",
        "    ssl_protocols TLSv1.2 TLSv1.3;",
        "    ssl_prefer_server_ciphers off;",
        "    ssl_session_cache shared:renewz_tls:10m;",
        "    ssl_session_timeout 1d;",
        "    ssl_session_tickets off;",
        # Django sends HSTS itself (DJANGO_HTTPS=1), also for pages served from the cache.
    ])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server-name", required=True, help='nginx server_name, e.g. "renewz.de www.renewz.de"')
    parser.add_argument("--static-root", required=True, help="STATIC_ROOT (DJANGO_STATIC_ROOT), collectstatic's target")
    parser.add_argument("--media-root", required=True, help="MEDIA_ROOT (DJANGO_MEDIA_ROOT), public uploads")
    parser.add_argument("--private-media-root", required=True,
                        help="PRIVATE_MEDIA_ROOT (DJANGO_PRIVATE_MEDIA_ROOT), hero images sent after Django's check")
    parser.add_argument("--app", default="127.0.0.1:8000", help="gunicorn's address (default 127.0.0.1:8000)")
    parser.add_argument("--cache-dir", default="/var/cache/nginx/renewz", help="the microcache's folder")
    parser.add_argument("--acme-root", default="/var/www/letsencrypt", help="certbot --webroot folder")
    parser.add_argument("--certificate", help="default: /etc/letsencrypt/live/<first name>/fullchain.pem")
    parser.add_argument("--key", help="default: /etc/letsencrypt/live/<first name>/privkey.pem")
    args = parser.parse_args(argv)
    live = f"/etc/letsencrypt/live/{args.server_name.split()[0]}"
    print(render(
        app=args.app, cache_dir=args.cache_dir, server_name=args.server_name,
        static_root=args.static_root.rstrip("/"), media_root=args.media_root.rstrip("/"),
        private_media_root=args.private_media_root.rstrip("/"), acme_root=args.acme_root,
        listen_http="80;\n    listen [::]:80", listen_https="listen 443 ssl http2;\n    listen [::]:443 ssl http2;",
        tls=tls(args.certificate or f"{live}/fullchain.pem", args.key or f"{live}/privkey.pem"),
    ), end="")


if __name__ == "__main__":
    main()
