"""The body of a plain page: the shared blocks, and the centre finder for "How to get help"."""

from contact.blocks import FinderBlock
from core.blocks import BodyBlock


class StandardBodyBlock(BodyBlock):
    """A plain page's body: the shared blocks and the centre finder, for "How to get help"."""

    finder = FinderBlock()
