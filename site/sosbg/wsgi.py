import os
import sys
from pathlib import Path

from django.core.wsgi import get_wsgi_application

# The apps live at the repository root and the configuration package in site/,
# which cannot be imported as "site" (a standard-library module).
ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sosbg.settings.production")

application = get_wsgi_application()
