"""English for ../events.py: EVENT_INDEX, and EVENTS keyed by their "key"."""

EVENT_INDEX = {
    "title": "Events",
    "slug": "events",
    "intro": "What is coming up at the Community Support Centres: summer schools, groups and workshops.",
    "search_description": "Upcoming events at the Community Support Centres in the network.",
}

EVENTS = {
    "lyatno-uchilishte-parvoklasnitsi-pernik": {
        "title": "Summer school for future first-graders in Pernik",
        "slug": "summer-school-first-graders-pernik",
        "summary": (
            "A summer school for children who start school in the autumn but have not been part of "
            "the education system so far."
        ),
        "audience": "future first-graders",
        "body": [
            (
                "paragraph",
                "<p>The centre in Pernik regularly holds a summer school for future first-graders: for "
                "children who were not part of the education system before school age.</p>",
            ),
        ],
    },
    "letni-uchilishta-gabrovo": {
        "title": "Summer schools with educational support in Gabrovo",
        "slug": "summer-schools-gabrovo",
        "summary": (
            "In the holidays, children who use the centre's services can join summer schools where "
            "they get educational support."
        ),
        "audience": "children who use the centre's services",
        "body": [
            (
                "paragraph",
                "<p>The summer schools give children educational support during the holidays.</p>",
            ),
        ],
    },
}
