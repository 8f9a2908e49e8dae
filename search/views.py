from django.shortcuts import render
from django.utils.html import strip_tags

from .query import MAX_QUERY, search_pages, summary


def search(request):
    query = request.GET.get("q", "").strip()
    results = [
        {"page": page, "kind": page.specific_class._meta.verbose_name, "summary": strip_tags(summary(page))}
        for page in search_pages(query)
    ]
    return render(
        request,
        "search/search.html",
        {"query": query[:MAX_QUERY], "results": results, "too_long": len(query) > MAX_QUERY},
    )
