from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SeedRecord(models.Model):
    """An object `load_content` made (or found made by a run that kept no records), under the key of
    its item in seed/content. A later run finds the object by its primary key, which no rename
    changes, and never makes an item again once its object is gone: an editor deleted it."""

    key = models.CharField(
        _("seed key"),
        max_length=255,
        unique=True,
        help_text=_(
            "The content item this object was made from, e.g. news.newspage:nov-tsop-kazanlak@bg "
            "(its model, its key in seed/content and, for pages and snippets, its language)."
        ),
    )
    content_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("content type"),
        help_text=_("The object's model."),
    )
    object_id = models.PositiveBigIntegerField(_("object ID"), help_text=_("The object's primary key."))
    created_at = models.DateTimeField(
        _("made at"), auto_now_add=True, help_text=_("When load_content made or found the object.")
    )

    class Meta:
        verbose_name = _("seed record")
        verbose_name_plural = _("seed records")

    def __str__(self):
        return self.key

    @classmethod
    def remember(cls, key, obj):
        return cls.objects.create(
            key=key, content_type=ContentType.objects.get_for_model(type(obj)), object_id=obj.pk
        )

    def get_object(self):
        """The object, specific (a page as its own type), or None once it is deleted."""
        return self.content_type.model_class()._default_manager.filter(pk=self.object_id).first()
