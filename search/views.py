from collections import defaultdict

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import strip_tags
from django.utils.translation import pgettext_lazy

from .query import MAX_QUERY, SUMMARY_FIELDS, search_pages

RESULTS_PER_PAGE = 20
# What a visitor calls a page whose model names no `search_kind` (the admin's "standard page" is not it).
PAGE = pgettext_lazy("kind of search result", "Page")


def results_of(pages):
    """One page of results, in the order found, each with its kind and summary.

    The pages are Wagtail's base pages; each kind of page gives its summary fields in one small
    query (the specific pages, whole, cost more to read than the rest of the search together)."""
    by_model = defaultdict(list)
    for page in pages:
        by_model[page.specific_class].append(page.pk)
    summaries = {}
    for model, ids in by_model.items():
        fields = [name for name in SUMMARY_FIELDS if hasattr(model, name)]
        for pk, *values in model.objects.filter(pk__in=ids).values_list("pk", *fields) if fields else ():
            summaries[pk] = next((str(value) for value in values if value), "")
    return [
        {
            "page": page,
            "kind": getattr(page.specific_class, "search_kind", PAGE),
            "summary": strip_tags(page.search_description or summaries.get(page.pk, "")),
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
