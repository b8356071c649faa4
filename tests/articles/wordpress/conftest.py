import io

import pytest
from django.core.management import call_command
from PIL import Image


@pytest.fixture
def run_import(tmp_path):
    """Write an export to a file and run `manage.py import_wordpress` on it; returns the report."""

    def run(data, *options):
        path = tmp_path / "export.xml"
        path.write_bytes(data)
        out = io.StringIO()
        call_command("import_wordpress", str(path), *options, stdout=out, stderr=io.StringIO())
        return out.getvalue()

    return run


def photo_bytes(size=(640, 360), color=(30, 90, 160), camera="Spionagekamera 3000"):
    """A JPEG that, like a real photo, says which camera took it (EXIF)."""
    image = Image.new("RGB", size, color)
    exif = Image.Exif()
    exif[0x010F] = camera  # Make
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


@pytest.fixture
def uploads(tmp_path):
    """A copy of wp-content/uploads with a few photos."""
    root = tmp_path / "uploads"
    (root / "2024" / "05").mkdir(parents=True)
    for name in ("bruecke.jpg", "rathaus.jpg", "markt.jpg"):
        (root / "2024" / "05" / name).write_bytes(photo_bytes())
    (root / "2024" / "05" / "kaputt.jpg").write_bytes(b"\xff\xd8 kein Bild")
    return root
