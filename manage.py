#!/usr/bin/env python
import os
import sys
from pathlib import Path

# The configuration package lives in site/ (see README): put it on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sosbg.settings.dev")
    # Commands (migrations, backups, the task worker) may run long statements; requests may not
    # (DB_STATEMENT_TIMEOUT in settings/base.py).
    os.environ.setdefault("DB_STATEMENT_TIMEOUT", "0")

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
