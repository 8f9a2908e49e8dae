from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import strip_tags
from django.utils.translation import pgettext_lazy
from wagtail.models import Page

from .query import MAX_QUERY, search_pages, summary

RESULTS_PER_PAGE = 20
# What a visitor calls each kind of page, not the admin's model names ("standard page").
KINDS = {
    "centers.centerpage": pgettext_lazy("kind of search result", "Centre"),
    "programs.programpage": pgettext_lazy("kind of search result", "Programme"),
    "news.newspage": pgettext_lazy("kind of search result", "News"),
    "giving.campaignpage": pgettext_lazy("kind of search result", "Campaign"),
    "giving.donatepage": pgettext_lazy("kind of search result", "Giving"),
    "declaration.declarationpage": pgettext_lazy("kind of search result", "Declaration"),
    "contact.contactpage": pgettext_lazy("kind of search result", "Contact form"),
    "contact.networkcontactpage": pgettext_lazy("kind of search result", "Contact form"),
}
PAGE = pgettext_lazy("kind of search result", "Page")


def results_of(pages):
    """The specific pages of one page of results, in the order found, each with its kind."""
    specific = Page.objects.filter(pk__in=[page.pk for page in pages]).specific().in_bulk()
    return [
        {
            "page": specific[page.pk],
            "kind": KINDS.get(specific[page.pk]._meta.label_lower, PAGE),
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
