from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import strip_tags
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from .query import MAX_QUERY, search_pages, summary

RESULTS_PER_PAGE = 20
# What a visitor calls a page whose model names no `search_kind` (the admin's "standard page" is not it).
PAGE = pgettext_lazy("kind of search result", "Page")


def results_of(pages):
    """The specific pages of one page of results, in the order found, each with its kind."""
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    return [
        {
            "page": specific[page.pk],
            "kind": getattr(specific[page.pk], "search_kind", PAGE),
            "summary": strip_tags(summary(specific[page.pk])),
        }
        for page in pages
    ]


def search(request):
    query = request.GET.get("q", "").strip()
    found = Paginator(search_pages(query), RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "search/search.html",
        {
            "query": query[:MAX_QUERY],
            "found": found,
            "results": results_of(found.object_list),
            "too_long": len(query) > MAX_QUERY,
            "switch_keeps": ("q",),
        },
    )
