"""The error summary a form opens with when it comes back with errors (GOV.UK's pattern): every
problem in one list at the top, each linked to its field, and the focus moved there."""

from django import template

register = template.Library()


@register.inclusion_tag("includes/error_summary.html")
def error_summary(form=None, **messages_by_field_id):
    """`{% error_summary form %}` for a Django form; for a form made by hand, each field's id and
    its message: `{% error_summary amount=amount_error purpose=purpose_error %}`."""
    errors = []
    if form is not None:
        errors += [{"message": message} for message in form.non_field_errors()]
        errors += [
            {"field_id": field.id_for_label, "label": field.label, "message": message}
            for field in form.visible_fields()
            for message in field.errors
        ]
    errors += [
        {"field_id": field_id, "message": message}
        for field_id, message in messages_by_field_id.items()
        if message
    ]
    return {"errors": errors}
