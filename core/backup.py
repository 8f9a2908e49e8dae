"""A backup of the whole site — database and media files — that restores into an empty database,
on SQLite or PostgreSQL whichever it came from (manage.py backup / restore).

A backup is a folder:
- database.json.gz: every row of every table (pages with their tree, revisions, translations,
  images, documents, messages, signatures, users…) in Django's JSON, each keeping its id.
  Content types and permissions, which each database numbers its own way, are named instead
  (natural keys): the target database makes its own after `flush`, and the backup adds those it
  lacks (a permission a migration made, a content type of a model since removed).
- media.tar: every file of the default storage (through the storage API, so an object store
  behind django-storages works the same as a folder).
- manifest.json: when, from which database, and the migrations the data has been through.

Left out, because they are rebuilt or are not worth keeping: sessions (everyone signs in again), django-axes' login records, the search index
(rebuilt by update_index after the restore), and open editing sessions of the admin.
"""

import datetime
import gzip
import json
import logging
import posixpath
import tarfile
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.serializers.json import Serializer as JSONSerializer
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.loader import MigrationLoader
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from .site_url import configure_default_site

logger = logging.getLogger(__name__)

FORMAT = 1
DATABASE_FILE = "database.json.gz"
MEDIA_FILE = "media.tar"
MANIFEST_FILE = "manifest.json"

# Whole apps, or app.Model labels, that a backup leaves out (see the module's docstring).
LEFT_OUT = {
    "sessions",
    "axes",
    "wagtailsearch",
    "wagtailadmin.EditingSession",
}
NAMED = (ContentType, Permission)


class BackupError(Exception):
    pass


class Serializer(JSONSerializer):
    """Django's JSON serializer, naming only content types and permissions (natural keys): every
    other reference keeps its id, as the rows it points to keep theirs. (Django's own
    use_natural_foreign_keys would also name pages by url_path and collections by path.)"""

    def handle_fk_field(self, obj, field):
        if field.remote_field.model is ContentType:
            content_type_id = getattr(obj, field.attname)
            self._current[field.name] = (
                ContentType.objects.get_for_id(content_type_id).natural_key() if content_type_id else None
            )
        else:
            self.use_natural_foreign_keys = field.remote_field.model in NAMED
            super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        self.use_natural_foreign_keys = field.remote_field.model in NAMED
        super().handle_m2m_field(obj, field)

    def get_dump_object(self, obj):
        data = super().get_dump_object(obj)
        if isinstance(obj, NAMED):
            del data["pk"]  # loaddata finds the target's own row by name, or adds it
        return data


def backed_up_models(using=DEFAULT_DB_ALIAS):
    """Every model with a table of its own in the database, minus LEFT_OUT; content types and
    permissions first, so that the rows naming them find them when loaded."""
    tables = set(connections[using].introspection.table_names())
    return [
        model
        for model in [*NAMED, *(model for model in apps.get_models() if model not in NAMED)]
        if model._meta.app_label not in LEFT_OUT
        and model._meta.label not in LEFT_OUT
        and not model._meta.proxy
        and model._meta.managed
        and model._meta.db_table in tables
    ]


def rows(models, using):
    for model in models:
        yield from model._base_manager.using(using).order_by(model._meta.pk.name).iterator(chunk_size=500)


def applied_migrations(using):
    loader = MigrationLoader(connections[using])
    applied = {}
    for app_label, name in sorted(loader.applied_migrations):
        applied.setdefault(app_label, []).append(name)
    return applied


def storage_files(storage, folder=""):
    """Every file's name in the storage, folders walked through."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a media folder that was never made holds nothing
        return
    for name in sorted(files):
        yield posixpath.join(folder, name)
    for name in sorted(folders):
        yield from storage_files(storage, posixpath.join(folder, name))


def back_up(target, using=DEFAULT_DB_ALIAS, storage=default_storage):
    """Writes a backup into the folder `target` (made if missing, refused if it holds a backup).
    Returns (rows, files) counted."""
    target = Path(target)
    if (target / MANIFEST_FILE).exists():
        raise BackupError(f"{target} already holds a backup: give a new folder.")
    target.mkdir(parents=True, exist_ok=True)
    connection = connections[using]
    # One snapshot of the database, even while visitors write to it: PostgreSQL's repeatable read
    # (SQLite's transaction is a snapshot already). Inside a caller's transaction, that one stands.
    snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic(using=using):
        if snapshot:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        counted = CountedRows(rows(backed_up_models(using), using))
        with gzip.open(target / DATABASE_FILE, "wt", encoding="utf-8") as stream:
            Serializer().serialize(counted, stream=stream)
        migrations = applied_migrations(using)
    files = 0
    with tarfile.open(target / MEDIA_FILE, "w") as archive:
        for name in storage_files(storage):
            with storage.open(name, "rb") as source:
                member = tarfile.TarInfo(name)
                member.size = storage.size(name)
                archive.addfile(member, source)
            files += 1
    manifest = {
        "format": FORMAT,
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "database": connection.vendor,
        "rows": counted.count,
        "files": files,
        "migrations": migrations,
    }
    (target / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return counted.count, files


class CountedRows:
    def __init__(self, iterable):
        self.iterable = iterable
        self.count = 0

    def __iter__(self):
        for row in self.iterable:
            self.count += 1
            yield row


def read_manifest(source):
    try:
        manifest = json.loads((Path(source) / MANIFEST_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{source} holds no backup (no {MANIFEST_FILE}).") from None
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source} is a backup of another format ({manifest.get('format')}).")
    return manifest


def unknown_migrations(manifest, using):
    """Migrations the backed-up data went through that this code does not have."""
    known = set(MigrationLoader(connections[using], ignore_no_migrations=True).disk_migrations)
    return sorted(
        f"{app_label}.{name}"
        for app_label, names in manifest["migrations"].items()
        for name in names
        if (app_label, name) not in known
    )


def holds_content(using=DEFAULT_DB_ALIAS):
    """Whether the database holds anything a restore would destroy: users, pages beyond the two
    Wagtail's migrations make (the tree's root and its welcome page), images or documents."""
    plain_page = ContentType.objects.db_manager(using).get_for_model(Page)
    return (
        get_user_model().objects.using(using).exists()
        or Page.objects.using(using).filter(depth__gt=1).exclude(depth=2, content_type=plain_page).exists()
        or get_image_model().objects.using(using).exists()
        or get_document_model().objects.using(using).exists()
    )


def restore(source, force=False, using=DEFAULT_DB_ALIAS, storage=default_storage, stdout=None):
    """Replaces the database's content and the media files with the backup in `source`.
    Returns (rows, files) restored."""
    source = Path(source)
    manifest = read_manifest(source)
    for name in (DATABASE_FILE, MEDIA_FILE):
        if not (source / name).exists():
            raise BackupError(f"{source} lacks {name}: the backup is incomplete.")
    # The tables first: a new database has none.
    call_command("migrate", database=using, interactive=False, verbosity=0)
    unknown = unknown_migrations(manifest, using)
    if unknown:
        raise BackupError(
            "The backup comes from a newer version of the site (migrations "
            f"{', '.join(unknown[:5])}{'…' if len(unknown) > 5 else ''}): restore it with that version."
        )
    if not force and holds_content(using):
        raise BackupError(
            "The database already holds content (users or pages); restoring would replace all of "
            "it. Restore into an empty database, or give --force to replace it."
        )
    with transaction.atomic(using=using):
        # PostgreSQL cannot empty a table while checks of rows written in the same transaction
        # are pending (a caller's): they are made now.
        connections[using].check_constraints()
        # Empty every table; content types and permissions come back at once (post_migrate).
        call_command("flush", database=using, interactive=False, verbosity=0)
        call_command("loaddata", str(source / DATABASE_FILE), database=using, verbosity=0)
        # The site answers at this host's address, not the one the backup was made on.
        configure_default_site(using)
    files = restore_media(source / MEDIA_FILE, storage)
    # What the cache keeps (pages, the Site, renditions, counters) describes the old database; so
    # do the content types each process keeps in memory (restart the site's workers).
    cache.clear()
    ContentType.objects.clear_cache()
    call_command("update_index", stdout=stdout, verbosity=0)
    return manifest["rows"], files


def restore_media(archive_path, storage):
    files = 0
    with tarfile.open(archive_path, "r") as archive:
        for member in archive:
            if not member.isfile():
                continue
            name = member.name
            if name.startswith("/") or ".." in name.split("/"):
                raise BackupError(f"The media archive names a file outside the media: {name!r}.")
            if storage.exists(name):
                storage.delete(name)
            saved = storage.save(name, File(archive.extractfile(member), name=posixpath.basename(name)))
            if saved != name:
                logger.warning("Media file %s was restored as %s.", name, saved)
            files += 1
    return files
