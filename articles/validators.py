"""Upload checks moved to the media library (images.validators); this name stays for the
migrations, the site's pages and the forms that import them from here."""
from images.validators import *  # noqa: F401,F403
from images.validators import INVALID_IMAGE, ImageUploadField, validate_image_file  # noqa: F401
