from wagtail import hooks

from .views import settlement_chooser_viewset


@hooks.register("register_admin_viewset")
def register_settlement_chooser():
    # Registering it makes every ForeignKey to Settlement in the admin use this chooser.
    return settlement_chooser_viewset
