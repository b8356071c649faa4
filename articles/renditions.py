"""Renditions moved to the media library (images.renditions); this name stays for the
migrations and code that import it from here."""
from images.renditions import *  # noqa: F401,F403
from images.renditions import (  # noqa: F401  (names outside __all__-less star import rules)
    PrivateS3Storage, PrivateStorage, clean_original, file_url, folder, picture, private_storage, rendition_names, sharing_name,
    sharing_url,
)
