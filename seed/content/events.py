"""The events the sources give (S3): the summer schools in Pernik and Gabrovo. The sources say they
are held regularly in the summer but give no dates, so the events have none: they are listed
nowhere until an editor fills in this year's dates (events/models.py)."""

EVENT_INDEX = {
    "title": "Събития",
    "slug": "sabitiya",
    "show_in_menus": True,
    "intro": "Какво предстои в центровете за обществена подкрепа: летни училища, групи и работилници.",
    "search_description": "Предстоящи събития в центровете за обществена подкрепа в мрежата.",
}

EVENTS = [
    {
        "key": "lyatno-uchilishte-parvoklasnitsi-pernik",
        "title": "Лятно училище за бъдещи първокласници в Перник",
        "slug": "lyatno-uchilishte-parvoklasnitsi-pernik",
        "summary": (
            "Лятно училище за деца, които наесен тръгват на училище, но досега не са били "
            "обхванати от образователната система."
        ),
        "audience": "бъдещи първокласници",
        "center": "pernik",
        "program": "lyatno-uchilishte-parvoklasnitsi",
        "body": [
            (
                "paragraph",
                "<p>Центърът в Перник редовно организира лятно училище за бъдещи първокласници: за "
                "деца, които не са били обхванати от образователната система преди училищна "
                "възраст.</p>",
            ),
        ],
    },
    {
        "key": "letni-uchilishta-gabrovo",
        "title": "Летни училища с педагогическа подкрепа в Габрово",
        "slug": "letni-uchilishta-gabrovo",
        "summary": (
            "През ваканцията децата, които ползват услугите на центъра, могат да се включат в "
            "летни училища, в които получават педагогическа подкрепа."
        ),
        "audience": "децата, които ползват услугите на центъра",
        "center": "gabrovo",
        "program": "letni-uchilishta",
        "body": [
            (
                "paragraph",
                "<p>Летните училища дават на децата педагогическа подкрепа по време на ваканцията.</p>",
            ),
        ],
    },
]
