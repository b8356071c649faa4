"""Write a large WordPress export for measuring the import (README „WordPress-Import“).

    .venv/bin/python -m tests.articles.wordpress.generate_export big.xml --posts 10000 [--body-kb 4]

Posts in every status, 20 authors, 40 categories (some nested), 300 tags, an attachment per
ten posts; written item by item, so even a gigabyte costs no memory here.
"""
import argparse
import random

from .wxr import attachment_item, author, category, export, item, tag

PARAGRAPH = "<p>Die Landesregierung hat am Dienstag über Brücken, Straßen und Schienen beraten – „ein großer Schritt“, sagte die Ministerin. Größe &amp; Maß stimmen.</p>\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--body-kb", type=float, default=4)
    args = parser.parse_args()
    rng = random.Random(15)
    head, tail = export("\x00").split(b"\x00")
    paragraphs = max(1, int(args.body_kb * 1024 / len(PARAGRAPH.encode())))
    with open(args.path, "wb") as out:
        out.write(head)
        for n in range(20):
            out.write(author(f"autor{n}", f"Autorin Nummer {n}", author_id=n + 1).encode())
        for n in range(40):
            parent = f"ressort-{n % 8}" if n >= 8 else ""
            out.write(category(f"ressort-{n}", f"Ressort {n}", parent=parent, term_id=n + 1).encode())
        for n in range(300):
            out.write(tag(f"thema-{n}", f"Thema {n}", term_id=1000 + n).encode())
        statuses = ["publish"] * 17 + ["draft", "pending", "future"]
        for n in range(1, args.posts + 1):
            status = rng.choice(statuses)
            day = 1 + n % 28
            date_gmt = f"2031-01-{day:02d} 08:00:00" if status == "future" else f"2023-{1 + n % 12:02d}-{day:02d} 08:00:00"
            meta = {"_thumbnail_id": str(10_000_000 + n)} if n % 10 == 0 else None
            out.write(item(
                n, f"Meldung {n}: Brücken &amp; Straßen", content=PARAGRAPH * paragraphs, status=status,
                name=f"meldung-{n}", creator=f"autor{n % 20}", date=date_gmt, date_gmt=date_gmt,
                categories=[(f"ressort-{n % 40}", f"Ressort {n % 40}")],
                tags=[(f"thema-{t}", f"Thema {t}") for t in rng.sample(range(300), 3)], meta=meta,
            ).encode())
            if n % 10 == 0:
                out.write(attachment_item(10_000_000 + n, f"2023/01/bild-{n}.jpg", alt=f"Bild {n}", parent=n).encode())
        out.write(tail)


if __name__ == "__main__":
    main()
